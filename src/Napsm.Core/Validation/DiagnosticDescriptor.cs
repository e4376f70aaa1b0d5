using System.Globalization;

namespace Napsm.Core.Validation;

/// <summary>
/// What a rule of the validator checks: a stable id (<c>NAPSM</c> + four digits, grouped by hundreds per area; never reused), a title,
/// a category, a default severity, the template of its messages and a help text that explains the problem, why it matters for an
/// institution and how to fix it, with an example.
/// </summary>
/// <remarks>Immutable. Rules of a user's own use ids of their own (any id not in <see cref="RuleCatalog"/>).</remarks>
public sealed record DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, such as <c>NAPSM0202</c>.</param>
    /// <param name="title">A short title, such as <c>Reporting cycle</c>.</param>
    /// <param name="category">The area: <c>Structure</c>, <c>Bodies</c>, <c>Voting</c>, <c>Time</c>, <c>Treaties</c>, <c>Principles</c>, <c>Meta</c>.</param>
    /// <param name="defaultSeverity">The severity unless options say otherwise.</param>
    /// <param name="messageFormat">A composite format string (<c>{0}</c>, <c>{1}</c> …) for the messages, formatted with the invariant culture.</param>
    /// <param name="helpText">The problem, why it matters for an institution, and how to fix it; plain text, paragraphs separated by blank lines.</param>
    /// <param name="fix">How to fix it, in one sentence: the <c>help:</c> line of the text report.</param>
    /// <param name="example">A small design-file fragment that triggers the rule.</param>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public DiagnosticDescriptor(string id, string title, string category, Severity defaultSeverity, string messageFormat, string helpText, string fix, string example)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(helpText);
        ArgumentException.ThrowIfNullOrWhiteSpace(fix);
        ArgumentNullException.ThrowIfNull(example);
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        MessageFormat = messageFormat;
        HelpText = helpText;
        Fix = fix;
        Example = example;
    }

    /// <summary>The stable id, such as <c>NAPSM0202</c>.</summary>
    public string Id { get; }

    /// <summary>A short title, such as <c>Reporting cycle</c>.</summary>
    public string Title { get; }

    /// <summary>The area the rule belongs to.</summary>
    public string Category { get; }

    /// <summary>The severity unless options say otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The composite format string of the messages.</summary>
    public string MessageFormat { get; }

    /// <summary>The problem, why it matters for an institution, and how to fix it.</summary>
    public string HelpText { get; }

    /// <summary>How to fix it, in one sentence.</summary>
    public string Fix { get; }

    /// <summary>A small design-file fragment that triggers the rule (may be empty).</summary>
    public string Example { get; }

    /// <summary>The title in PascalCase, such as <c>ReportingCycle</c>: the SARIF rule name.</summary>
    public string Name => string.Concat(Title.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Formats a message from the template with the invariant culture.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}
