using System.Text.RegularExpressions;

namespace NaftaTracker.Web.Tests.Support;

/// <summary>Posts the add-article form as a browser would: reads the antiforgery token from the page first
/// (the client keeps the antiforgery cookie).</summary>
public sealed partial class ArticleForm(TrackerAppFactory app)
{
    public async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields)
    {
        var form = await app.Client.GetStringAsync("/articles/new");
        var token = TokenInput().Match(form).Groups[1].Value;
        var content = new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
                .Append(new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)))
                .Append(new("_handler", "add-article")));
        return await app.Client.PostAsync("/articles/new", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
