using System.Globalization;

namespace Napsm.Core.Kernel;

/// <summary>
/// The one builder of JSON pointers (RFC 6901) into a design file: the validator, the engines, the writers and the CLI build the
/// pointer of an element or of a place inside a rule here, so that every pointer to one place is the same string. Pointers are
/// built, never taken apart: code that needs to know what a place is asks the model or the engine, not the pointer.
/// </summary>
/// <remarks>The kernel knows the file's shape (its section and key names), not the model's types: callers pass indices and ids.</remarks>
internal static class DesignPointers
{
    /// <summary><paramref name="parent"/><c>/</c><paramref name="index"/>.</summary>
    public static string Index(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="parent"/><c>/</c><paramref name="key"/>, the key escaped.</summary>
    public static string Key(string parent, string key) => JsonPointers.Append(parent, key);

    /// <summary><c>/sources/i</c>.</summary>
    public static string Source(int i) => Index("/sources", i);

    /// <summary><c>/issueAreas/i</c>.</summary>
    public static string IssueArea(int i) => Index("/issueAreas", i);

    /// <summary><c>/members/i</c>.</summary>
    public static string Member(int i) => Index("/members", i);

    /// <summary><c>/bodies/i</c>.</summary>
    public static string Body(int i) => Index("/bodies", i);

    /// <summary><c>/principles/i</c>.</summary>
    public static string Principle(int i) => Index("/principles", i);

    /// <summary><c>/principles/p/norms/n</c>.</summary>
    public static string Norm(int principle, int norm) => Index(Principle(principle) + "/norms", norm);

    /// <summary><c>/phases/i</c>.</summary>
    public static string Phase(int i) => Index("/phases", i);

    /// <summary><c>/phases/p/commitments/c</c>.</summary>
    public static string Commitment(int phase, int commitment) => Index(Phase(phase) + "/commitments", commitment);

    /// <summary><c>/treaties/i</c>.</summary>
    public static string Treaty(int i) => Index("/treaties", i);

    /// <summary><c>/treaties/i/entryIntoForce/rule</c>: the rule of a treaty's entry into force.</summary>
    public static string TreatyRule(int i) => Treaty(i) + "/entryIntoForce/rule";

    /// <summary><c>/timing/i</c>.</summary>
    public static string Timing(int i) => Index("/timing", i);

    /// <summary>
    /// The pointer of a body's matter <paramref name="k"/> (an index of its decisions): the body's <c>rule</c> for the default matter
    /// (<paramref name="hasDefault"/>: the body has a <c>rule</c>, which is matter 0), else its entry of <c>decisions</c>.
    /// </summary>
    public static string Decision(int body, bool hasDefault, int k) =>
        k == 0 && hasDefault ? Body(body) + "/rule" : Index(Body(body) + "/decisions", k - (hasDefault ? 1 : 0));

    /// <summary>The pointer of the rule of a body's matter <paramref name="k"/>: the body's <c>rule</c>, or the entry's <c>rule</c>.</summary>
    public static string DecisionRule(int body, bool hasDefault, int k) =>
        k == 0 && hasDefault ? Body(body) + "/rule" : Index(Body(body) + "/decisions", k - (hasDefault ? 1 : 0)) + "/rule";

    /// <summary>The quorum of a head count at <paramref name="rule"/>, or of a matter at <paramref name="rule"/> (its entry).</summary>
    public static string Quorum(string rule) => rule + "/quorum";

    /// <summary>The quorum of a weighted rule at <paramref name="rule"/>.</summary>
    public static string WeightedQuorum(string rule) => rule + "/weighted/quorum";

    /// <summary>Clause <paramref name="i"/> of an <c>all</c> (<paramref name="all"/>) or <c>any</c> at <paramref name="rule"/>.</summary>
    public static string Clause(string rule, bool all, int i) => Index(rule + (all ? "/all" : "/any"), i);
}
