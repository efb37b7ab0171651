namespace NaftaTracker.Feeds;

/// <summary>Filters shared by the feeds. <see cref="AsOf"/> keeps only facts from articles published by then.
/// Country: a quote matches when its speaker belongs to the party; a deadline or event matches when its party
/// (or its person's party) is the country, or when it names no party at all, because it concerns every party.
/// Issue: quotes tagged with it; deadlines tied to it or whose label/evidence mentions it; events whose
/// title/evidence mentions it.</summary>
public sealed record FeedFilter(string? Country = null, string? Issue = null, DateOnly? AsOf = null, IReadOnlyList<string>? Negotiators = null)
{
    public static FeedFilter None { get; } = new();
}
