using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>The formats a validation report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Compiler-style lines (<c>file(line,col): warning NAPSM0304: …</c>) with related locations, a <c>help:</c> line and a summary.</summary>
    Text,

    /// <summary>JSON: <c>{ "designs": [ { "file", "design", "diagnostics": [ { "id", "severity", "message", "location", "related" } ] } ] }</c>.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.</summary>
    Sarif,

    /// <summary>Markdown, for review comments: a table per design and the help of each rule found.</summary>
    Markdown,
}
