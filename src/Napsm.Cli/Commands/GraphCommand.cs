using System.CommandLine;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm graph FILE --format dot|mermaid|html [--view phases|treaties|bodies]</c>: draws a design.</summary>
internal sealed class GraphCommand : NapsmCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "the design file to draw" };
    private readonly Option<string> _format = CommonOptions.Format(
        "Graphviz DOT, a Mermaid flowchart, or html: one page with the view laid out by napsm as SVG (layers; with more than 8 members, "
        + "members connected alike are one box) and a table of every box", "dot", "mermaid", "html");
    private readonly Option<string> _view = new("--view")
    {
        Description = "phases, treaties or bodies",
        HelpName = "phases|treaties|bodies",
        DefaultValueFactory = _ => "phases",
        CustomParser = r =>
        {
            if (r.Tokens.Count == 0) return "phases";
            var text = r.Tokens[^1].Value;
            if (text is "phases" or "treaties" or "bodies") return text;
            r.AddError($"unknown view '{text}'; use phases, treaties or bodies.{CommonOptions.Suggestion(text, ["phases", "treaties", "bodies"])}");
            return "phases";
        },
    };
    private readonly Option<bool> _collapse = new("--collapse-members")
    {
        Description = "DOT and Mermaid: with more than 8 members, members connected alike are one node (\"33 members\" and the first names), "
            + "as the html view always draws them",
    };
    private readonly Option<string?> _alignment = new("--alignment")
    {
        Description = "DOT and Mermaid, bodies view: draw the members of each bloc of the design's alignment ID together in one cluster, and "
            + "its excluded members in another",
        HelpName = "ID",
    };

    public override string Name => "graph";

    public override string Summary => "Draw the phases, treaties or bodies as Graphviz DOT or Mermaid";

    protected override string Description => """
        Draws one view of the design in FILE to standard output:
          phases     the phases in order ("then"), each with its commitments, the exchanges between commitments ("in exchange
                     for") and what each phase requires
          treaties   the treaties with their entry-into-force conditions (rule, delay, not-before date) and what each treaty or
                     phase requires
          bodies     the bodies with their rules and mandates, their voters (veto holders in bold, the chair marked) and
                     reporting lines
        The output is deterministic; any id or name is escaped.
        """;

    protected override string Examples => """
        napsm graph seeds/napsm-b-osce-like.json --view bodies | dot -Tsvg > bodies.svg
        napsm graph seeds/six-party-2007-initial-actions.json --format mermaid
        napsm graph seeds/imf-executive-board.json --view bodies --collapse-members | dot -Tsvg > board.svg
        napsm graph seeds/napsm-c-treaty-organisation.json --view bodies --alignment coordination --format mermaid
        """;

    public override string? Missing(Argument argument) => "missing FILE: the design file to draw.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_file);
        foreach (var o in new Option[] { _format, _view, _collapse, _alignment }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var file = parsed.GetValue(_file)!;
        var formatText = parsed.GetValue(_format)!;
        bool html = formatText == "html";
        var format = formatText == "mermaid" ? GraphFormat.Mermaid : GraphFormat.Dot;
        var view = parsed.GetValue(_view) switch { "treaties" => GraphView.Treaties, "bodies" => GraphView.Bodies, _ => GraphView.Phases };
        bool collapse = parsed.GetValue(_collapse);
        var alignment = parsed.GetValue(_alignment);
        if (alignment is not null && html) throw new CommandLineException("--alignment draws with --format dot or mermaid, not html.");
        if (alignment is not null && view != GraphView.Bodies) throw new CommandLineException("--alignment groups members, which only --view bodies draws.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        if (alignment is not null && document.Design.FindAlignment(alignment) is null)
        {
            var known = document.Design.Alignments.Select(a => FreeText.Escape(a.Id)).ToList();
            stderr.WriteLine($"napsm graph: no alignment '{FreeText.Escape(alignment)}' in design '{FreeText.Escape(document.Design.Id)}'. Alignments: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
            return ExitCodes.BadInput;
        }

        stdout.Write(html ? HtmlReport.Graph(document.Design, view) : DesignGraph.Write(document.Design, view, format, collapse, alignment));
        return ExitCodes.Success;
    }
}
