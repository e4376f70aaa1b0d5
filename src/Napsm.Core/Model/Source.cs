using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A document that facts in the design come from: a treaty article, a joint statement, a data release.</summary>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id other elements cite it by.</param>
    /// <param name="title">The document's title.</param>
    public Source(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>The id other elements cite it by.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The document's title.</summary>
    public string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Where in the document: an article, paragraph or table (<c>"Art. 27(3)"</c>); optional.</summary>
    public string? Locator { get; init; }

    /// <summary>The document's date; optional.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>A link to the document; optional.</summary>
    public string? Url { get; init; }

    /// <summary>A note on the source, such as what could not be checked against it; optional.</summary>
    public string? Note { get; init; }
}
