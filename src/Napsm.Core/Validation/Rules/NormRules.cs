using Napsm.Core.Model;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM0601 (must against must-not) and NAPSM0605 (may against must-not): two norms on the same action, with overlapping subjects
/// (<c>*</c> overlaps every member), that can apply together — no condition one of them requires (<c>when</c>) is a condition that
/// suspends either (<c>unless</c>). Reported once per pair, at the later norm.
/// </summary>
internal sealed class NormConflictRule() : BuiltInRule(BuiltIn.NAPSM0601, BuiltIn.NAPSM0605)
{
    public override void Analyze(ValidationContext context)
    {
        var principles = context.Design.Principles;
        var norms = principles
            .SelectMany((p, i) => p.Norms.Select((n, j) => (Principle: p, Norm: n, Pointer: Pointers.Norm(i, j))))
            .GroupBy(x => x.Norm.Action, StringComparer.Ordinal);
        foreach (var group in norms)
        {
            var list = group.ToList();
            for (int b = 1; b < list.Count; b++)
            {
                for (int a = 0; a < b; a++)
                {
                    Check(context, list[a], list[b]);
                }
            }
        }
    }

    private static void Check(ValidationContext context, (Principle Principle, Norm Norm, string Pointer) first, (Principle Principle, Norm Norm, string Pointer) second)
    {
        var (x, y) = (first.Norm, second.Norm);
        DiagnosticDescriptor descriptor;
        if ((x.Deontic, y.Deontic) is (Deontic.Must, Deontic.MustNot) or (Deontic.MustNot, Deontic.Must)) descriptor = BuiltIn.NAPSM0601;
        else if ((x.Deontic, y.Deontic) is (Deontic.May, Deontic.MustNot) or (Deontic.MustNot, Deontic.May)) descriptor = BuiltIn.NAPSM0605;
        else return;
        if (!(x.Subject == "*" || y.Subject == "*" || string.Equals(x.Subject, y.Subject, StringComparison.Ordinal))) return;
        var when = x.When.Concat(y.When).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unless = new HashSet<string>(x.Unless.Concat(y.Unless), StringComparer.Ordinal);
        if (when.Any(unless.Contains)) return;

        var (positive, negative) = x.Deontic == Deontic.MustNot ? (second, first) : (first, second);
        var ix = context.Index;
        string Subject(Norm n) => n.Subject == "*" ? "every member" : ix.Member(n.Subject);
        var conditions = when.Count == 0 ? "at the same time" : "when " + string.Join(" and ", when.Select(Pointers.Quote)) + (when.Count == 1 ? " holds" : " hold");
        var diagnostic = Diagnostic.Create(descriptor, second.Pointer,
            Describe.Principle(positive.Principle), Subject(positive.Norm), Pointers.Quote(x.Action),
            Describe.Principle(negative.Principle), Subject(negative.Norm), conditions);
        context.Report(diagnostic.NamingMembers(new[] { positive.Norm.Subject, negative.Norm.Subject }.Where(s => s != "*")) with
        {
            RelatedLocations = [DiagnosticLocation.At(first.Pointer, $"the {Word(first.Norm.Deontic)} norm of {Describe.Principle(first.Principle)}")],
        });
    }

    private static string Word(Deontic d) => d switch
    {
        Deontic.Must => "'must'",
        Deontic.MustNot => "'mustNot'",
        _ => "'may'",
    };
}
