using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Testing;

/// <summary>
/// Assertions about designs for unit tests, usable from any test framework: each returns normally when it holds and throws a
/// <see cref="DesignAssertionException"/> when it does not. Failure messages say what was expected and list the design's diagnostics
/// exactly as <c>napsm check</c> prints them in its text report.
/// </summary>
/// <remarks>
/// <para>
/// Every diagnostic assertion validates the design with a <see cref="DesignValidator"/> built from <c>options</c> (the defaults when
/// <see langword="null"/>), so the design's own <c>suppress</c> list applies. Pass a <see cref="DesignDocument"/> (from
/// <c>DesignJson.Load</c>) rather than a bare <see cref="Design"/> to get file, line and column in the messages.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var doc = DesignJson.Load("designs/proposal.json");
/// DesignAssert.IsValid(doc);
/// DesignAssert.HasDiagnostic(doc, "NAPSM0304", at: "/bodies/0/voters/5");
/// DesignAssert.HoldsVeto(doc.Design, "council", "us");
/// </code>
/// </example>
public static class DesignAssert
{
    /// <summary>Asserts that the design is valid: no diagnostic at or above the options' fail-on severity (error by default).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The design is not valid.</exception>
    public static ValidationReport IsValid(DesignDocument document, ValidationOptions? options = null)
    {
        var report = Validate(document, options);
        if (report.IsValid) return report;
        var failing = report.Diagnostics.Count(d => d.Severity >= report.FailOn);
        throw Fail(
            $"Expected design '{report.DesignId}' to be valid, but it has {Plural(failing, "diagnostic", "diagnostics")} at or above {Name(report.FailOn)}.",
            report);
    }

    /// <summary>Asserts that the design is valid: no diagnostic at or above the options' fail-on severity (error by default).</summary>
    /// <param name="design">The design.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The design is not valid.</exception>
    public static ValidationReport IsValid(Design design, ValidationOptions? options = null) => IsValid(Document(design), options);

    /// <summary>Asserts that the design has a diagnostic with the given id, optionally at the given JSON pointer.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location, such as <c>/bodies/0/voters/5</c>; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    public static Diagnostic HasDiagnostic(DesignDocument document, string id, string? at = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var report = Validate(document, options);
        var found = Matching(report, id, at).FirstOrDefault();
        if (found is not null) return found;
        var elsewhere = at is null ? [] : report.Diagnostics.Where(d => d.Id == id).Select(d => Pointer(d.Location.JsonPointer)).Distinct().ToList();
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Expected design '{report.DesignId}' to have diagnostic {id}{At(at)}, but it does not.");
        if (elsewhere.Count > 0) message.Append(CultureInfo.InvariantCulture, $" {id} is reported at {string.Join(", ", elsewhere)}.");
        throw Fail(message.ToString(), report);
    }

    /// <summary>Asserts that the design has a diagnostic with the given id, optionally at the given JSON pointer.</summary>
    /// <param name="design">The design.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    public static Diagnostic HasDiagnostic(Design design, string id, string? at = null, ValidationOptions? options = null) =>
        HasDiagnostic(Document(design), id, at, options);

    /// <summary>Asserts that the design has no diagnostic with the given id (optionally: none at the given JSON pointer).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    public static void HasNoDiagnostic(DesignDocument document, string id, string? at = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var report = Validate(document, options);
        var found = Matching(report, id, at).Count();
        if (found == 0) return;
        throw Fail($"Expected design '{report.DesignId}' not to have diagnostic {id}{At(at)}, but it has {Plural(found, "such diagnostic", "such diagnostics")}.", report);
    }

    /// <summary>Asserts that the design has no diagnostic with the given id (optionally: none at the given JSON pointer).</summary>
    /// <param name="design">The design.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    public static void HasNoDiagnostic(Design design, string id, string? at = null, ValidationOptions? options = null) =>
        HasNoDiagnostic(Document(design), id, at, options);

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/>: with <see cref="Severity.Info"/>, no warning and no error.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    public static ValidationReport HasNothingAbove(DesignDocument document, Severity severity, ValidationOptions? options = null)
    {
        var report = Validate(document, options);
        var above = report.Diagnostics.Count(d => d.Severity > severity);
        if (above == 0) return report;
        throw Fail($"Expected design '{report.DesignId}' to have no diagnostic above {Name(severity)}, but it has {above}.", report);
    }

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    public static ValidationReport HasNothingAbove(Design design, Severity severity, ValidationOptions? options = null) =>
        HasNothingAbove(Document(design), severity, options);

    /// <summary>
    /// Asserts that a member holds a veto in a body: it is a veto player of the body's game (<see cref="VotingGame.VetoPlayers"/>: the rule
    /// can pass, and the other voters together lose), whatever clause of the rule gives it.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The body does not exist, the member is not one of its voters, or the others can decide without it.</exception>
    public static void HoldsVeto(Design design, string body, string member)
    {
        var (b, game) = Game(design, body, member);
        if (game.IsVetoPlayer(member)) return;
        var others = b.Voters.Where(v => v != member).ToList();
        throw new DesignAssertionException(!game.IsWinning(b.Voters)
            ? $"Expected member '{member}' to hold a veto in body '{body}' of design '{design.Id}', but nothing passes at all: even all voters together lose under the rule {b.Rule}, so nobody holds a veto."
            : $"Expected member '{member}' to hold a veto in body '{body}' of design '{design.Id}', but the other voters can decide without it: " +
              $"the coalition of all {Plural(others.Count, "other voter", "other voters")} wins under the rule {b.Rule}.");
    }

    /// <summary>
    /// Asserts that a member does not hold a veto in a body: it is not a veto player (<see cref="VotingGame.VetoPlayers"/>): the other voters
    /// together can decide without it, or nothing passes at all.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The body does not exist, the member is not one of its voters, or nothing passes without it.</exception>
    public static void HoldsNoVeto(Design design, string body, string member)
    {
        var (b, game) = Game(design, body, member);
        if (!game.IsVetoPlayer(member)) return;
        var others = b.Voters.Where(v => v != member).ToList();
        throw new DesignAssertionException(
            $"Expected member '{member}' not to hold a veto in body '{body}' of design '{design.Id}', but nothing passes without it: " +
            $"even all {Plural(others.Count, "other voter", "other voters")} together lose under the rule {b.Rule}.");
    }

    /// <summary>
    /// Asserts that a treaty can still enter into force (or has): as of the date, it is in force, pending, or open — not blocked.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="treaty">The treaty's id.</param>
    /// <param name="asOf">
    /// The date; <see langword="null"/> for <see cref="Design.TreatyDate(Treaty)"/>: the design's <c>asOf</c>, or failing that the
    /// later of the treaty's latest ratification event and its opening for signature, so that every recorded event counts.
    /// </param>
    /// <returns>The treaty's status, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The treaty does not exist or is blocked.</exception>
    public static TreatyStatus CanEnterIntoForce(Design design, string treaty, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        var t = design.FindTreaty(treaty) ?? throw new DesignAssertionException(
            $"Design '{design.Id}' has no treaty '{treaty}'. Its treaties are: {List(design.Treaties.Select(x => x.Id))}.");
        var date = asOf ?? design.TreatyDate(t);
        var status = TreatyStatus.Of(design, t, date);
        if (status.State != TreatyState.Blocked) return status;
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture,
            $"Expected treaty '{treaty}' of design '{design.Id}' to be able to enter into force as of {LocalDatePattern.Iso.Format(date)}, but it is blocked");
        message.Append(status.BlockedBecause switch
        {
            TreatyBlockReason.NeedsNonParties => ": its rule needs ids that are not parties.",
            TreatyBlockReason.RuleCannotBeMet => ": its rule cannot be met even if every party ratifies.",
            TreatyBlockReason.Withdrawals => ": parties it cannot do without have withdrawn.",
            _ => ".",
        });
        if (status.Blockers.Count > 0) message.Append(CultureInfo.InvariantCulture, $" Blocking: {string.Join(", ", status.Blockers)}.");
        if (status.UnmetRequirements.Count > 0) message.Append(CultureInfo.InvariantCulture, $" Unmet requirements: {string.Join(", ", status.UnmetRequirements)}.");
        throw new DesignAssertionException(message.ToString());
    }

    /// <summary>The text report of a validation, exactly as <c>napsm check</c> prints it.</summary>
    internal static string CliText(ValidationReport report) => ReportWriter.Format([report], ReportFormat.Text);

    private static ValidationReport Validate(DesignDocument document, ValidationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DesignValidator(options).Validate(document);
    }

    private static DesignDocument Document(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return new DesignDocument(design);
    }

    private static IEnumerable<Diagnostic> Matching(ValidationReport report, string id, string? at) =>
        report.Diagnostics.Where(d => d.Id == id && (at is null || Pointer(d.Location.JsonPointer) == Pointer(at)));

    private static (Body Body, VotingGame Game) Game(Design design, string body, string member)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(member);
        var b = design.FindBody(body) ?? throw new DesignAssertionException(
            $"Design '{design.Id}' has no body '{body}'. Its bodies are: {List(design.Bodies.Select(x => x.Id))}.");
        if (!b.Voters.Contains(member, StringComparer.Ordinal))
        {
            throw new DesignAssertionException(
                $"Member '{member}' is not a voter of body '{body}' of design '{design.Id}'. Its voters are: {List(b.Voters)}.");
        }

        return (b, VotingGame.ForBody(design, b));
    }

    private static DesignAssertionException Fail(string expectation, ValidationReport report) =>
        new(expectation + "\nThe diagnostics, as napsm check prints them:\n" + CliText(report).TrimEnd('\n'));

    private static string At(string? at) => at is null ? "" : " at " + Pointer(at);

    private static string Pointer(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private static string Name(Severity s) => SeverityNames.Name(s);

    private static string Plural(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string List(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
