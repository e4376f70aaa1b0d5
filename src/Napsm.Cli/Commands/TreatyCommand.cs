using System.CommandLine;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm treaty FILE --treaty ID [--as-of DATE] [--format text|json|markdown|html]</c>: a treaty's entry-into-force status.</summary>
internal sealed class TreatyCommand : NapsmCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "the design file" };
    private readonly Option<string?> _treaty = new("--treaty") { Description = "the treaty (may be left out when the design has only one)", HelpName = "ID" };
    private readonly Option<NodaTime.LocalDate?> _asOf = CommonOptions.AsOf(
        "the date, yyyy-MM-dd, years 0001 to 9999 (default: the design's asOf, else its latest ratification event)");
    private readonly Option<(RatificationKind Kind, string Party)?> _whatIf = new("--what-if")
    {
        Description = "the status if a party ratified, revoked or withdrew on DATE as well (ratify:ID, revoke:ID or withdraw:ID), "
            + "the recorded events kept",
        HelpName = "ratify:ID|revoke:ID|withdraw:ID",
        CustomParser = r => CommonOptions.Parse<(RatificationKind, string)?>(r, t => ParseWhatIf(t), null),
    };
    private readonly Option<string> _format = CommonOptions.Format(
        "text, json, markdown (md: the status as a pipe table, for documents and review comments) or html (one page: the ratifications "
        + "as a step line against the entry-into-force condition, the date it was met, who can still block)", "text", "json", "markdown", "html");

    public override string Name => "treaty";

    public override string Summary => "Entry-into-force status of a treaty: blockers, pivotal parties, earliest date";

    protected override string Description => """
        Evaluates the treaty's entry-into-force rule on the parties whose ratification stands as of DATE (ratifications, revocations
        and withdrawals applied in date order) and prints: whether it is in force, pending (rule met, waiting for its delay, notBefore
        date or a required treaty), open or blocked; who has ratified, who has not, who revoked or withdrew; the parties still
        required; the parties whose ratification alone would meet the rule (pivotal); who blocks it when it can no longer enter into
        force; the earliest possible date of entry into force; and the fewest refusals that would block it, with one such set.
        """;

    protected override string Examples => """
        napsm treaty seeds/treaties-ctbt.json --as-of 2024-01-01
        napsm treaty seeds/six-party-phase3.json --treaty korean-peace-treaty
        napsm treaty seeds/treaties-ctbt.json --as-of 2024-01-01 --what-if ratify:us
        """;

    protected override string Notes => "Exit codes: 0 the status was computed; 2 unreadable file, unknown treaty or wrong command line.";

    public override string? Missing(Argument argument) => "missing FILE: the design file.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_file);
        command.Options.Add(_treaty);
        command.Options.Add(_asOf);
        command.Options.Add(_whatIf);
        command.Options.Add(_format);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var file = parsed.GetValue(_file)!;
        var treatyId = parsed.GetValue(_treaty);
        var asOf = parsed.GetValue(_asOf);
        var format = parsed.GetValue(_format)!;
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        var design = document.Design;
        if (treatyId is null && design.Treaties.Count != 1)
        {
            var which = design.Treaties.Count == 0 ? "has no treaty" : $"has {design.Treaties.Count} treaties; choose one with --treaty ID ({string.Join(", ", design.Treaties.Select(t => t.Id))})";
            stderr.WriteLine($"napsm treaty: {file} {which}.");
            return ExitCodes.BadInput;
        }

        var treaty = treatyId is null ? design.Treaties[0] : design.FindTreaty(treatyId);
        if (treaty is null)
        {
            var known = design.Treaties.Count == 0 ? "it has none" : "treaties: " + string.Join(", ", design.Treaties.Select(t => t.Id));
            stderr.WriteLine($"napsm treaty: {file} has no treaty '{treatyId}' ({known}).");
            return ExitCodes.BadInput;
        }

        var date = asOf ?? design.TreatyDate(treaty);
        var whatIf = parsed.GetValue(_whatIf);
        if (whatIf is { } w && !treaty.Parties.Contains(w.Party, StringComparer.Ordinal))
        {
            stderr.WriteLine($"napsm treaty: --what-if: '{FreeText.Escape(w.Party)}' is not a party of treaty '{treaty.Id}'." + CommonOptions.Suggestion(w.Party, treaty.Parties));
            return ExitCodes.BadInput;
        }

        // --what-if (#17): the library's what-if, the hypothetical event dated the day of the status.
        var status = whatIf is { } hypothesis ? TreatyStatus.WhatIf(design, treaty, date, hypothesis.Party, hypothesis.Kind) : TreatyStatus.Of(design, treaty, date);
        if (format == "html") stdout.Write(HtmlReport.Treaty(design, treaty, status));
        else
        {
            var written = format switch { "json" => TreatyReportFormat.Json, "markdown" => TreatyReportFormat.Markdown, _ => TreatyReportFormat.Text };
            TreatyReport.Write(stdout, treaty, status, written, new TreatyReportOptions { Width = Terminal.Width(stdout) });
        }

        return ExitCodes.Success;
    }

    /// <summary><c>ratify:ID</c>, <c>revoke:ID</c> or <c>withdraw:ID</c>.</summary>
    internal static (RatificationKind, string) ParseWhatIf(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        var verb = colon < 0 ? "" : text[..colon];
        var party = colon < 0 ? "" : text[(colon + 1)..].Trim();
        RatificationKind? kind = verb switch
        {
            "ratify" => RatificationKind.Ratified,
            "revoke" => RatificationKind.Revoked,
            "withdraw" => RatificationKind.Withdrawn,
            _ => null,
        };
        if (kind is null || party.Length == 0)
        {
            throw new CommandLineException($"--what-if takes ratify:ID, revoke:ID or withdraw:ID, such as ratify:us; got '{text}'."
                + (colon > 0 && kind is null ? CommonOptions.Suggestion(verb, ["ratify", "revoke", "withdraw"]) : ""));
        }

        return (kind.Value, party);
    }
}
