using System.Globalization;
using System.Text;
using Napsm.Core.Evolution;
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
/// <see langword="null"/>), so the design's own <c>suppress</c> list applies, and with the evolution step rules
/// (<c>WithEvolutionRules</c>: the step from the design <c>evolvesFrom</c> names, NAPSM1004, 1005, 1007, 1008), as <c>napsm check</c> does. Pass a <see cref="DesignDocument"/> (from
/// <c>DesignJson.Load</c>) rather than a bare <see cref="Design"/> to get file, line and column in the messages.
/// </para>
/// <para>
/// Strict about its arguments: a diagnostic id that no rule declares (not in <see cref="RuleCatalog"/> and not declared by a rule of
/// the validator you pass), an id in the wrong case (<c>napsm0407</c>), a malformed JSON pointer (<c>phases/1</c>, without the
/// leading <c>/</c>), a pointer that names nothing in the design, and a body, member or treaty id the design does not have all throw
/// <see cref="ArgumentException"/>, with "did you mean" when a near name exists — in every method, so that a mistyped assertion can
/// never pass. <see cref="DesignAssertionException"/> is thrown only when the claim about the design is false. To assert about the
/// diagnostics of rules of your own, pass a <see cref="DesignValidator"/> built with <see cref="DesignValidator.WithRule"/>: its
/// rules' ids are then known.
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
    public static ValidationReport IsValid(DesignDocument document, ValidationOptions? options = null) => IsValid(document, Validator(options));

    /// <summary>Asserts that the design is valid: no diagnostic at or above the options' fail-on severity (error by default).</summary>
    /// <param name="design">The design.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The design is not valid.</exception>
    public static ValidationReport IsValid(Design design, ValidationOptions? options = null) => IsValid(Document(design), Validator(options));

    /// <summary>Asserts that the design is valid under a validator of your own (with rules of your own): no diagnostic at or above its fail-on severity.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="validator">The validator, such as <c>new DesignValidator().WithRule(myRule)</c>.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The design is not valid.</exception>
    public static ValidationReport IsValid(DesignDocument document, DesignValidator validator)
    {
        var report = Validate(document, validator);
        if (report.IsValid) return report;
        var failing = report.Diagnostics.Count(d => d.Severity >= report.FailOn);
        throw Fail(
            $"Expected design '{report.DesignId}' to be valid, but it has {Plural(failing, "diagnostic", "diagnostics")} at or above {Name(report.FailOn)}.",
            report);
    }

    /// <summary>Asserts that the design is valid under a validator of your own (with rules of your own).</summary>
    /// <param name="design">The design.</param>
    /// <param name="validator">The validator.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The design is not valid.</exception>
    public static ValidationReport IsValid(Design design, DesignValidator validator) => IsValid(Document(design), validator);

    /// <summary>Asserts that the design has a diagnostic with the given id, optionally at the given JSON pointer.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>: exactly as the catalogue spells it.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location, such as <c>/bodies/0/voters/5</c>; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static Diagnostic HasDiagnostic(DesignDocument document, string id, string? at = null, ValidationOptions? options = null) =>
        HasDiagnostic(document, Validator(options), id, at);

    /// <summary>Asserts that the design has a diagnostic with the given id, optionally at the given JSON pointer.</summary>
    /// <param name="design">The design.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static Diagnostic HasDiagnostic(Design design, string id, string? at = null, ValidationOptions? options = null) =>
        HasDiagnostic(Document(design), Validator(options), id, at);

    /// <summary>Asserts that the design has a diagnostic with the given id under a validator of your own, optionally at the given JSON pointer.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="validator">The validator; the ids of its own rules are known besides the catalogue's.</param>
    /// <param name="id">The diagnostic id.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location; <see langword="null"/> for anywhere.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static Diagnostic HasDiagnostic(DesignDocument document, DesignValidator validator, string id, string? at = null)
    {
        var report = Validate(document, validator);
        CheckId(validator, id);
        CheckPointer(document, report, at);
        var found = Matching(report, id, at).FirstOrDefault();
        if (found is not null) return found;
        var elsewhere = at is null ? [] : report.Diagnostics.Where(d => d.Id == id).Select(d => Pointer(d.Location.JsonPointer)).Distinct().ToList();
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Expected design '{report.DesignId}' to have diagnostic {id}{At(at)}, but it does not.");
        if (elsewhere.Count > 0) message.Append(CultureInfo.InvariantCulture, $" {id} is reported at {string.Join(", ", elsewhere)}.");
        throw Fail(message.ToString(), report);
    }

    /// <summary>Asserts that the design has a diagnostic with the given id under a validator of your own, optionally at the given JSON pointer.</summary>
    /// <param name="design">The design.</param>
    /// <param name="validator">The validator; the ids of its own rules are known besides the catalogue's.</param>
    /// <param name="id">The diagnostic id.</param>
    /// <param name="at">The JSON pointer of the diagnostic's primary location; <see langword="null"/> for anywhere.</param>
    /// <returns>The first matching diagnostic, for further checks.</returns>
    /// <exception cref="DesignAssertionException">No such diagnostic.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static Diagnostic HasDiagnostic(Design design, DesignValidator validator, string id, string? at = null) =>
        HasDiagnostic(Document(design), validator, id, at);

    /// <summary>Asserts that the design has no diagnostic with the given id (optionally: none at the given JSON pointer).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>: exactly as the catalogue spells it.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static void HasNoDiagnostic(DesignDocument document, string id, string? at = null, ValidationOptions? options = null) =>
        HasNoDiagnostic(document, Validator(options), id, at);

    /// <summary>Asserts that the design has no diagnostic with the given id (optionally: none at the given JSON pointer).</summary>
    /// <param name="design">The design.</param>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static void HasNoDiagnostic(Design design, string id, string? at = null, ValidationOptions? options = null) =>
        HasNoDiagnostic(Document(design), Validator(options), id, at);

    /// <summary>Asserts that the design has no diagnostic with the given id under a validator of your own (optionally: none at the given JSON pointer).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="validator">The validator; the ids of its own rules are known besides the catalogue's.</param>
    /// <param name="id">The diagnostic id.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static void HasNoDiagnostic(DesignDocument document, DesignValidator validator, string id, string? at = null)
    {
        var report = Validate(document, validator);
        CheckId(validator, id);
        CheckPointer(document, report, at);
        var found = Matching(report, id, at).Count();
        if (found == 0) return;
        throw Fail($"Expected design '{report.DesignId}' not to have diagnostic {id}{At(at)}, but it has {Plural(found, "such diagnostic", "such diagnostics")}.", report);
    }

    /// <summary>Asserts that the design has no diagnostic with the given id under a validator of your own (optionally: none at the given JSON pointer).</summary>
    /// <param name="design">The design.</param>
    /// <param name="validator">The validator; the ids of its own rules are known besides the catalogue's.</param>
    /// <param name="id">The diagnostic id.</param>
    /// <param name="at">The JSON pointer to check; <see langword="null"/> for anywhere.</param>
    /// <exception cref="DesignAssertionException">The diagnostic is reported.</exception>
    /// <exception cref="ArgumentException">The id is not a rule's id (or differs from one in case), or the pointer is malformed or names nothing in the design.</exception>
    public static void HasNoDiagnostic(Design design, DesignValidator validator, string id, string? at = null) =>
        HasNoDiagnostic(Document(design), validator, id, at);

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/>: with <see cref="Severity.Info"/>, no warning and no error.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    /// <exception cref="ArgumentException">The severity is not one of the defined levels.</exception>
    public static ValidationReport HasNothingAbove(DesignDocument document, Severity severity, ValidationOptions? options = null) =>
        HasNothingAbove(document, Validator(options), severity);

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <param name="options">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    /// <exception cref="ArgumentException">The severity is not one of the defined levels.</exception>
    public static ValidationReport HasNothingAbove(Design design, Severity severity, ValidationOptions? options = null) =>
        HasNothingAbove(Document(design), Validator(options), severity);

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/> under a validator of your own.</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="validator">The validator.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    /// <exception cref="ArgumentException">The severity is not one of the defined levels.</exception>
    public static ValidationReport HasNothingAbove(DesignDocument document, DesignValidator validator, Severity severity)
    {
        var report = Validate(document, validator);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The severity {(int)severity} is not a level; use Severity.Info, Severity.Warning or Severity.Error."),
                nameof(severity));
        }

        var above = report.Diagnostics.Count(d => d.Severity > severity);
        if (above == 0) return report;
        throw Fail($"Expected design '{report.DesignId}' to have no diagnostic above {Name(severity)}, but it has {above}.", report);
    }

    /// <summary>Asserts that no diagnostic is more severe than <paramref name="severity"/> under a validator of your own.</summary>
    /// <param name="design">The design.</param>
    /// <param name="validator">The validator.</param>
    /// <param name="severity">The most severe level allowed.</param>
    /// <returns>The validation report, for further checks.</returns>
    /// <exception cref="DesignAssertionException">A diagnostic is more severe.</exception>
    /// <exception cref="ArgumentException">The severity is not one of the defined levels.</exception>
    public static ValidationReport HasNothingAbove(Design design, DesignValidator validator, Severity severity) =>
        HasNothingAbove(Document(design), validator, severity);

    /// <summary>
    /// Asserts that a member holds a veto in a body: it is a veto player of the body's game (<see cref="VotingGame.VetoPlayers"/>: the rule
    /// can pass, and the other voters together lose), whatever clause of the rule gives it.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The member is not one of the body's voters, or the others can decide without it.</exception>
    /// <exception cref="ArgumentException">The design has no such body or no such member (ids are case-sensitive).</exception>
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

    /// <summary>Asserts that a member holds a veto in a body of a loaded design (see <see cref="HoldsVeto(Design, string, string)"/>).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The member is not one of the body's voters, or the others can decide without it.</exception>
    /// <exception cref="ArgumentException">The design has no such body or no such member (ids are case-sensitive).</exception>
    public static void HoldsVeto(DesignDocument document, string body, string member) => HoldsVeto(DesignOf(document), body, member);

    /// <summary>
    /// Asserts that a member does not hold a veto in a body: it is not a veto player (<see cref="VotingGame.VetoPlayers"/>): the other voters
    /// together can decide without it, or nothing passes at all.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The member is not one of the body's voters, or nothing passes without it.</exception>
    /// <exception cref="ArgumentException">The design has no such body or no such member (ids are case-sensitive).</exception>
    public static void HoldsNoVeto(Design design, string body, string member)
    {
        var (b, game) = Game(design, body, member);
        if (!game.IsVetoPlayer(member)) return;
        var others = b.Voters.Where(v => v != member).ToList();
        throw new DesignAssertionException(
            $"Expected member '{member}' not to hold a veto in body '{body}' of design '{design.Id}', but nothing passes without it: " +
            $"even all {Plural(others.Count, "other voter", "other voters")} together lose under the rule {b.Rule}.");
    }

    /// <summary>Asserts that a member does not hold a veto in a body of a loaded design (see <see cref="HoldsNoVeto(Design, string, string)"/>).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="body">The body's id.</param>
    /// <param name="member">The member's id.</param>
    /// <exception cref="DesignAssertionException">The member is not one of the body's voters, or nothing passes without it.</exception>
    /// <exception cref="ArgumentException">The design has no such body or no such member (ids are case-sensitive).</exception>
    public static void HoldsNoVeto(DesignDocument document, string body, string member) => HoldsNoVeto(DesignOf(document), body, member);

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
    /// <exception cref="DesignAssertionException">The treaty is blocked.</exception>
    /// <exception cref="ArgumentException">The design has no such treaty (ids are case-sensitive).</exception>
    public static TreatyStatus CanEnterIntoForce(Design design, string treaty, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        var t = design.FindTreaty(treaty) ?? throw Unknown(design, "treaty", "treaties", treaty, design.Treaties.Select(x => x.Id), nameof(treaty));
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

    /// <summary>Asserts that a treaty of a loaded design can still enter into force (see <see cref="CanEnterIntoForce(Design, string, LocalDate?)"/>).</summary>
    /// <param name="document">The design, as loaded from a file.</param>
    /// <param name="treaty">The treaty's id.</param>
    /// <param name="asOf">The date; <see langword="null"/> for <see cref="Design.TreatyDate(Treaty)"/>.</param>
    /// <returns>The treaty's status, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The treaty is blocked.</exception>
    /// <exception cref="ArgumentException">The design has no such treaty (ids are case-sensitive).</exception>
    public static TreatyStatus CanEnterIntoForce(DesignDocument document, string treaty, LocalDate? asOf = null) =>
        CanEnterIntoForce(DesignOf(document), treaty, asOf);

    /// <summary>The text report of a validation, exactly as <c>napsm check</c> prints it.</summary>
    internal static string CliText(ValidationReport report) => ReportWriter.Format([report], ReportFormat.Text);

    private static DesignValidator Validator(ValidationOptions? options) => new(options);

    private static ValidationReport Validate(DesignDocument document, DesignValidator validator)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(validator);
        // The evolution step diagnostics (NAPSM1004, 1005, 1007, 1008), as napsm check reports them, whatever validator the test built.
        return validator.WithEvolutionRules().Validate(document);
    }

    private static DesignDocument Document(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return new DesignDocument(design);
    }

    private static Design DesignOf(DesignDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Design;
    }

    /// <summary>An id must be one a rule of the validator declares, exactly: a test naming an id no rule has would pass for ever.</summary>
    private static void CheckId(DesignValidator validator, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var known = validator.Descriptors.Select(d => d.Id).ToList();
        if (known.Contains(id, StringComparer.Ordinal)) return;
        var sameLetters = known.FirstOrDefault(k => string.Equals(k, id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sameLetters is not null)
        {
            throw new ArgumentException(
                $"The diagnostic id '{id}' is unknown: ids are case-sensitive and exact (did you mean '{sameLetters}'?).", nameof(id));
        }

        var near = RuleCatalog.Suggest(id) is { } s && known.Contains(s, StringComparer.Ordinal) ? s : Suggestions.Closest(id.ToUpperInvariant(), known);
        throw new ArgumentException(
            $"The diagnostic id '{id}' is unknown: no rule of the catalogue declares it{(known.Count > RuleCatalog.All.Count ? ", nor does a rule of the validator" : "")}" +
            $"{(near is null ? "" : $" (did you mean '{near}'?)")}. For a rule of your own, pass a DesignValidator built with WithRule.",
            nameof(id));
    }

    /// <summary>
    /// A pointer must be an RFC 6901 pointer ("" or "/" for the design itself, else starting with '/', with '~' only in '~0' and '~1')
    /// that names a value of the design, or lies above a reported diagnostic: a pointer that names nothing matches nothing.
    /// </summary>
    private static void CheckPointer(DesignDocument document, ValidationReport report, string? at)
    {
        if (at is null || at.Length == 0 || at == "/") return;
        var reported = report.Diagnostics.Select(d => d.Location.JsonPointer).Distinct(StringComparer.Ordinal).ToList();
        bool Exists(string p) => document.Contains(p) || reported.Exists(r => r == p || r.StartsWith(p + "/", StringComparison.Ordinal));
        if (at[0] != '/')
        {
            var fixedUp = "/" + at;
            throw new ArgumentException(
                $"The pointer '{at}' is not a JSON pointer: it must start with '/'{(Exists(fixedUp) ? $" (did you mean '{fixedUp}'?)" : "")}.", nameof(at));
        }

        for (int i = 0; i < at.Length; i++)
        {
            if (at[i] == '~' && (i + 1 >= at.Length || at[i + 1] is not ('0' or '1')))
            {
                throw new ArgumentException(
                    $"The pointer '{at}' is not a JSON pointer: '~' must be followed by 0 or 1 ('~0' stands for '~', '~1' for '/').", nameof(at));
            }
        }

        if (Exists(at)) return;
        var nearest = at;
        while (nearest.Length > 0 && !Exists(nearest)) nearest = nearest[..nearest.LastIndexOf('/')];
        var near = Suggestions.Closest(at, reported.Where(p => p.Length > 0));
        throw new ArgumentException(
            $"The pointer '{at}' names nothing in design '{report.DesignId}': the nearest value it has is {(nearest.Length == 0 ? "the design itself" : $"at '{nearest}'")}" +
            $"{(near is null ? "" : $" (did you mean '{near}'?)")}.",
            nameof(at));
    }

    private static IEnumerable<Diagnostic> Matching(ValidationReport report, string id, string? at) =>
        report.Diagnostics.Where(d => d.Id == id && (at is null || Pointer(d.Location.JsonPointer) == Pointer(at)));

    private static (Body Body, VotingGame Game) Game(Design design, string body, string member)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(member);
        var b = design.FindBody(body) ?? throw Unknown(design, "body", "bodies", body, design.Bodies.Select(x => x.Id), nameof(body));
        if (!b.Voters.Contains(member, StringComparer.Ordinal))
        {
            if (design.FindMember(member) is null)
            {
                throw Unknown(design, "member", "members", member, design.Members.Select(x => x.Id), nameof(member));
            }

            throw new DesignAssertionException(
                $"Member '{member}' is not a voter of body '{body}' of design '{design.Id}'. Its voters are: {List(b.Voters)}.");
        }

        return (b, VotingGame.ForBody(design, b));
    }

    private static ArgumentException Unknown(Design design, string kind, string kinds, string id, IEnumerable<string> ids, string parameter) =>
        new(UnknownMessage(design, kind, kinds, id, ids), parameter);

    /// <summary>"Design 'd' has no member 'uss' (did you mean 'us'?). Its members are: …".</summary>
    private static string UnknownMessage(Design design, string kind, string kinds, string id, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        var near = Suggestions.Closest(id, list);
        return $"Design '{design.Id}' has no {kind} '{id}'{(near is null ? "" : $" (did you mean '{near}'?)")}. Its {kinds} are: {List(list)}.";
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
        if (list.Count == 0) return "(none)";
        return list.Count <= 20
            ? string.Join(", ", list)
            : string.Join(", ", list.Take(20)) + string.Create(CultureInfo.InvariantCulture, $" and {list.Count - 20} more");
    }

    /// <summary>
    /// Asserts that design <paramref name="from"/> can become design <paramref name="to"/> under its own rules: every rule governing the
    /// step's changes (its amendment rules, an entry covering the part, the accession rule; unanimity without any) passes with every
    /// member of <paramref name="from"/> in favour (<see cref="Evolution.EvolutionStep.CanPass"/>).
    /// </summary>
    /// <param name="from">The earlier design.</param>
    /// <param name="to">The later design.</param>
    /// <returns>The step, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The step cannot pass; the message names each rule that cannot and what it governs.</exception>
    public static Evolution.EvolutionStep CanEvolveInto(Design from, Design to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var step = Evolution.Evolution.AnalyzeStep(from, to);
        if (step.CanPass) return step;
        var failing = step.GovernedBy.Where(g => !g.CanPass).Select(g =>
            $"'{g.Amendment}' ({g.Rule}{(g.Problems.Count > 0 ? ": " + string.Join("; ", g.Problems.Select(Wording.Of)) : ": not met even with every member in favour")}), "
            + $"governing {List(g.Governs.Select(k => step.Changes[k].Part).Distinct(StringComparer.Ordinal))}");
        throw new DesignAssertionException(
            $"Expected design '{from.Id}' to be able to evolve into '{to.Id}', but the step cannot pass: {string.Join("; ", failing)}.");
    }

    /// <summary>Asserts that the design of <paramref name="from"/> can evolve into that of <paramref name="to"/> (see <see cref="CanEvolveInto(Design, Design)"/>).</summary>
    /// <param name="from">The earlier design's document.</param>
    /// <param name="to">The later design's document.</param>
    /// <returns>The step, for further checks.</returns>
    /// <exception cref="DesignAssertionException">The step cannot pass; the message names each rule that cannot and what it governs.</exception>
    public static Evolution.EvolutionStep CanEvolveInto(DesignDocument from, DesignDocument to) => CanEvolveInto(DesignOf(from), DesignOf(to));

    /// <summary>
    /// Asserts that the step from <paramref name="from"/> to <paramref name="to"/> needs the consent of <paramref name="member"/>: it is a
    /// veto player of a rule governing the step (<see cref="Evolution.EvolutionStep.MustConsent"/>).
    /// </summary>
    /// <param name="from">The earlier design.</param>
    /// <param name="to">The later design.</param>
    /// <param name="member">The member's id, a member of <paramref name="from"/>.</param>
    /// <returns>The step, for further checks.</returns>
    /// <exception cref="DesignAssertionException">
    /// <paramref name="member"/> is not a member of <paramref name="from"/> (the message suggests the closest id), or the step can pass
    /// without it (the message says who must consent).
    /// </exception>
    public static Evolution.EvolutionStep NeedsConsentOf(Design from, Design to, string member)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(member);
        if (from.FindMember(member) is null)
        {
            throw new DesignAssertionException(UnknownMessage(from, "member", "members", member, from.Members.Select(m => m.Id)));
        }

        var step = Evolution.Evolution.AnalyzeStep(from, to);
        if (step.MustConsent.Contains(member, StringComparer.Ordinal)) return step;
        throw new DesignAssertionException(
            $"Expected the step from '{from.Id}' to '{to.Id}' to need the consent of '{member}', but it does not: "
            + (step.GovernedBy.Count == 0 ? "no rule governs the step's changes." : $"the members who must consent are {(step.MustConsent.Count == 0 ? "none" : List(step.MustConsent))}."));
    }

    /// <summary>
    /// Asserts that the step from the design of <paramref name="from"/> to that of <paramref name="to"/> needs the consent of
    /// <paramref name="member"/> (see <see cref="NeedsConsentOf(Design, Design, string)"/>).
    /// </summary>
    /// <param name="from">The earlier design's document.</param>
    /// <param name="to">The later design's document.</param>
    /// <param name="member">The member's id, a member of the earlier design.</param>
    /// <returns>The step, for further checks.</returns>
    /// <exception cref="DesignAssertionException">
    /// <paramref name="member"/> is not a member of the earlier design (the message suggests the closest id), or the step can pass
    /// without it (the message says who must consent).
    /// </exception>
    public static Evolution.EvolutionStep NeedsConsentOf(DesignDocument from, DesignDocument to, string member) =>
        NeedsConsentOf(DesignOf(from), DesignOf(to), member);
}
