using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Reporting;

/// <summary>The text formats a design can be drawn in.</summary>
public enum GraphFormat
{
    /// <summary>Graphviz DOT (<c>dot -Tsvg</c> renders it).</summary>
    Dot,

    /// <summary>A Mermaid flowchart (GitHub and many editors render it inside a <c>```mermaid</c> block).</summary>
    Mermaid,
}
