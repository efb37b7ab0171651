using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NaftaTracker.People;
using NaftaTracker.Quotes;

namespace NaftaTracker.Web.Apis;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", ListPeople)
            .WithName("ListPeople")
            .WithSummary("People and organisations, most quoted first")
            .Produces<Paged<PersonDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        api.MapGet("/people/{slug}", GetPerson)
            .WithName("GetPerson")
            .WithSummary("One person with all their quotes (as of a day)")
            .Produces<PersonDetailDto>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> ListPeople(
        HttpContext http, PeopleQueries people,
        [FromQuery, Description("Party code: US, CA, MX or EU.")] string? country,
        [FromQuery, Description("YYYY-MM-DD: quote counts from articles published by then.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        var filter = new PersonFilter(input.Country(), AsOf: day);
        var (p, size) = input.Paging();
        if (!input.IsValid) return input.Problem();
        var all = (await people.ListAllAsync(filter, ct)).Select(x => ApiMap.Person(x, day)).ToList();
        return CachedJson.Ok(http, CachedJson.Page(http.Request, all, p, size));
    }

    public static async Task<IResult> GetPerson(
        HttpContext http, PeopleQueries people, QuoteQueries quotes,
        [Description("Person id (slug), e.g. chrystia-freeland.")] string slug,
        [FromQuery, Description("YYYY-MM-DD: only quotes from articles published by then.")] string? asOf,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        if (!input.IsValid) return input.Problem();
        var person = (await people.ListAllAsync(new PersonFilter(AsOf: day), ct)).FirstOrDefault(p => p.Slug == slug.ToLowerInvariant());
        if (person is null) return ApiProblems.NotFoundProblem($"There is no person with the id '{slug}'; see /api/v1/people.");
        var said = await quotes.ListAllAsync(new QuoteFilter([person.Slug], AsOf: day), ct);
        return CachedJson.Ok(http, new PersonDetailDto(ApiMap.Person(person, day), said.Select(ApiMap.Quote).ToList()));
    }
}
