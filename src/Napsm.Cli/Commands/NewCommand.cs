using System.CommandLine;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm new NAME</c>: writes a starter design that validates with no errors and no warnings.</summary>
internal sealed class NewCommand : NapsmCommand
{
    private readonly Argument<string> _name = new("NAME") { Description = "the name of the new design" };
    private readonly Option<string?> _output = CommonOptions.Output("write to FILE instead of NAME.json; '-' for standard output");
    private readonly Option<bool> _force = new("--force")
    {
        Description = "overwrite FILE if it exists (through a temporary file renamed over it, so FILE is never left half-written; a device "
            + "or pipe is written directly)",
    };

    public override string Name => "new";

    public override string Summary => "Write a starter design file to edit";

    protected override string Description => """
        Writes a starter design named NAME to NAME.json (its id is NAME in lower case, with anything but letters, digits, '-' and '_'
        turned into '-'). The starter has four members, a council deciding by consensus, a working group deciding by simple majority
        that reports to it, a sourced principle and two phases of reciprocal commitments; it passes 'napsm check' with no errors and
        no warnings.
        """;

    protected override string Examples => """
        napsm new "Northeast Asia Forum"
        napsm new forum -o - | napsm format /dev/stdin
        """;

    public override string? Missing(Argument argument) => "missing NAME: the name of the new design.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_name);
        command.Options.Add(_output);
        command.Options.Add(_force);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var name = parsed.GetValue(_name);
        var output = parsed.GetValue(_output);
        bool force = parsed.GetValue(_force);
        if (string.IsNullOrWhiteSpace(name)) throw new CommandLineException("missing NAME: the name of the new design.");
        var id = IdFor(name);
        if (id.Trim('-').Length == 0) throw new CommandLineException($"NAME '{name}' has no letter or digit to make an id from.");
        var text = DesignJson.Serialize(Starter(id, name.Trim()));
        if (output == "-")
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        var path = output ?? id + ".json";
        if (File.Exists(path) && !force)
        {
            stderr.WriteLine($"napsm new: {path} already exists; use --force to overwrite it or --output to choose another file.");
            return ExitCodes.BadInput;
        }

        if (SafeFile.Write(path, text) is { } problem)
        {
            stderr.WriteLine($"{Napsm.Core.Reporting.FreeText.Escape(path)}: error: cannot write the file: {problem}" + (File.Exists(path) ? "; it is unchanged." : "."));
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"wrote {path}: design '{id}'. Next: napsm check {path}");
        return ExitCodes.Success;
    }

    /// <summary>Lower case; anything but letters, digits, '-' and '_' becomes '-' (the id grammar of the design format).</summary>
    internal static string IdFor(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Trim().ToLowerInvariant()) sb.Append(char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-');
        return sb.ToString();
    }

    /// <summary>The starter: small, but every section a real design uses, each element sourced and covered.</summary>
    internal static Design Starter(string id, string name)
    {
        var charter = "charter";
        return Design.Create(id, name)
            .Description("A starter design: replace the members, bodies, principles and phases with your own.")
            .AsOf(new LocalDate(2026, 1, 1))
            .Source(charter, "Founding charter (draft)")
            .IssueAreas("security", "confidence-building")
            .Member("alpha", "Alpha")
            .Member("beta", "Beta")
            .Member("gamma", "Gamma")
            .Member("delta", "Delta")
            .Body("council", "Council", b => b.Kind("council").Voters("alpha", "beta", "gamma", "delta").Rule(Rule.Consensus).Mandate("security").Chair("alpha"))
            .Body("working-group", "Working group on confidence-building", b => b.Kind("working group")
                .Voters("alpha", "beta", "gamma", "delta").Rule(Rule.SimpleMajority).Mandate("confidence-building").ReportsTo("council"))
            .Principle(new Principle("peaceful-settlement", "Disputes are settled by peaceful means")
            {
                Source = charter,
                Norms = [new Norm("*", Deontic.Must, "settle disputes by peaceful means")],
            })
            .Phase("founding", "Founding", p => p
                .Window(start: new LocalDate(2026, 1, 1), within: Period.FromMonths(6))
                .Commitment("notify-ab", ["alpha", "beta"], "notify major exercises", null, "notify-cd")
                .Commitment("notify-cd", ["gamma", "delta"], "notify major exercises", null, "notify-ab"))
            .Phase("review", "First review", p => p.After("founding").Window(within: Period.FromYears(1)))
            .Build();
    }
}
