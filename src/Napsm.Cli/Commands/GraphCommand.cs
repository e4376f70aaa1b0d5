using Napsm.Core.Reporting;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm graph FILE --format dot|mermaid|html [--view phases|treaties|bodies]</c>: draws a design.</summary>
internal sealed class GraphCommand : ICommand
{
    public string Name => "graph";

    public string Summary => "draw the phases, treaties or bodies as Graphviz DOT or Mermaid";

    public string Help => """
        Usage: napsm graph FILE [--format dot|mermaid|html] [--view phases|treaties|bodies] [--collapse-members]
                               [--alignment ID]

        Draws one view of the design in FILE to standard output:
          phases     the phases in order ("then"), each with its commitments, the exchanges between
                     commitments ("in exchange for") and what each phase requires
          treaties   the treaties with their entry-into-force conditions (rule, delay, not-before date)
                     and what each treaty or phase requires
          bodies     the bodies with their rules and mandates, their voters (veto holders in bold,
                     the chair marked) and reporting lines
        The output is deterministic; any id or name is escaped.

        Options:
          --format FORMAT        Graphviz DOT (default), a Mermaid flowchart, or html: one page with the view laid
                                 out by napsm as SVG (layers; with more than 8 members, members connected alike
                                 are one box) and a table of every box
          --view VIEW            phases (default), treaties or bodies
          --collapse-members     DOT and Mermaid: with more than 8 members, members connected alike are one node
                                 ("33 members" and the first names), as the html view always draws them
          --alignment ID         DOT and Mermaid, bodies view: draw the members of each bloc of the design's
                                 alignment ID together in one cluster, and its excluded members in another

        Examples:
          napsm graph seeds/napsm-b-osce-like.json --view bodies | dot -Tsvg > bodies.svg
          napsm graph seeds/six-party-2007-initial-actions.json --format mermaid
          napsm graph seeds/imf-executive-board.json --view bodies --collapse-members | dot -Tsvg > board.svg
          napsm graph seeds/napsm-c-treaty-organisation.json --view bodies --alignment coordination --format mermaid
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        var format = GraphFormat.Dot;
        var html = false;
        var view = GraphView.Phases;
        var collapse = false;
        string? alignment = null;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f":
                    (format, html) = Next(args, ref i) switch
                    {
                        "dot" => (GraphFormat.Dot, false),
                        "mermaid" => (GraphFormat.Mermaid, false),
                        "html" => (format, true),
                        var other => throw new CommandLineException($"unknown format '{other}'; use dot, mermaid or html."),
                    };
                    break;
                case "--view":
                    view = Next(args, ref i) switch
                    {
                        "phases" => GraphView.Phases,
                        "treaties" => GraphView.Treaties,
                        "bodies" => GraphView.Bodies,
                        var other => throw new CommandLineException($"unknown view '{other}'; use phases, treaties or bodies."),
                    };
                    break;
                case "--collapse-members":
                    collapse = true;
                    break;
                case "--alignment":
                    alignment = Next(args, ref i);
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
                    throw new CommandLineException($"unknown option '{a}'.");
                case var a when file is null:
                    file = a;
                    break;
                case var a:
                    throw new CommandLineException($"unexpected argument '{a}'; graph takes one FILE.");
            }
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file to draw.");
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

    private static string Next(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count) throw new CommandLineException($"{args[i]} needs a value.");
        return args[++i];
    }
}
