using System.Text.Json;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// The words every writer uses for what an analysis did not compute (and how it computed the rest): the power, stake and diff reports
/// write their notes with these, so that one part and one reason read the same everywhere.
/// </summary>
public static class AnalysisNotes
{
    /// <summary>The part in prose: <c>Shapley–Shubik</c>, <c>the proper and strong test</c>.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The words.</returns>
    public static string PartName(AnalysisPart part) => part switch
    {
        AnalysisPart.WinningCoalitions => "the count of winning coalitions",
        AnalysisPart.Structure => "the proper and strong test",
        AnalysisPart.Swings => "swings, Penrose and Banzhaf",
        AnalysisPart.ShapleyShubik => "Shapley–Shubik",
        AnalysisPart.Johnston => "Johnston",
        AnalysisPart.DeeganPackel => "Deegan–Packel",
        AnalysisPart.HollerPackel => "Holler–Packel",
        AnalysisPart.Clauses => "the clause analysis",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The reason in prose: <c>too large</c>, <c>time limit</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The words.</returns>
    public static string ReasonName(NotComputedReason reason) => reason switch
    {
        NotComputedReason.TooLarge => "too large",
        NotComputedReason.TimeLimit => "time limit",
        NotComputedReason.MemoryLimit => "memory limit",
        NotComputedReason.WeightsOutOfRange => "weights out of range",
        NotComputedReason.InvalidRule => "invalid rule",
        NotComputedReason.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The note for a part not computed: <c>Shapley–Shubik not computed: time limit (stopped at the limit of 10 s)</c>.</summary>
    /// <param name="part">The part and its reason.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    public static string Sentence(PartNotComputed part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var name = PartName(part.Part);
        return char.ToUpperInvariant(name[0]) + name[1..] + " not computed: " + ReasonName(part.Reason)
            + (Validation.Wording.Detail(part) is { Length: > 0 } detail ? " (" + detail + ")" : "");
    }

    /// <summary>The method in prose: <c>generating functions</c>, <c>decision diagram</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The words.</returns>
    public static string MethodName(AnalysisMethod method) => method switch
    {
        AnalysisMethod.GeneratingFunction => "generating functions",
        AnalysisMethod.SubsetSums => "subset sums",
        AnalysisMethod.DecisionDiagram => "decision diagram",
        AnalysisMethod.Classes => "classes of interchangeable voters",
        AnalysisMethod.BitParallel => "bit-parallel enumeration",
        AnalysisMethod.MeetInTheMiddle => "meet in the middle",
        AnalysisMethod.ModularGeneratingFunction => "generating functions modulo primes",
        _ => Json(method),
    };

    /// <summary>
    /// The line that says how a part was approximated: <c>Shapley–Shubik ≈ by Monte Carlo: 100,000 random orderings, seed 1, a 99%
    /// Clopper–Pearson interval per member</c>.
    /// </summary>
    /// <param name="approximation">The part and how it was approximated.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    internal static string ApproximationSentence(PartApproximation approximation)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var a = approximation;
        var name = a.Part == AnalysisPart.Swings ? "Penrose and Banzhaf" : PartName(a.Part);
        string confidence = a.Confidence is { } c ? (c * 100).ToString("0.###", inv) + "%" : "";
        if (a.Method == ApproximationMethod.MonteCarlo)
        {
            var what = a.Part == AnalysisPart.Swings ? "random coalitions" : "random orderings";
            var intervals = a.Part == AnalysisPart.Swings
                ? $"a {confidence} Clopper–Pearson interval per member for Penrose, and {confidence} intervals holding together (Bonferroni) for Banzhaf"
                : $"a {confidence} Clopper–Pearson interval per member";
            return string.Create(inv, $"{name} ≈ by Monte Carlo: {a.Samples:#,0} {what}, seed {a.Seed}, {intervals}");
        }

        return a.Part == AnalysisPart.Swings
            ? name + " ≈ by Owen's multilinear extension (normal approximation): the intervals are sure bounds on its error (Berry–Esseen)"
            : name + " ≈ by Owen's multilinear extension (normal approximation): no rigorous bound, so no interval";
    }

    /// <summary>
    /// An approximate figure beside its value in JSON: <c>"NAMEApproximation": { "approximate": true, "interval": [lo, hi] or null,
    /// "method", "samples", "seed", "confidence" }</c>.
    /// </summary>
    internal static void WriteApproximation(Utf8JsonWriter writer, string name, ApproximateFigure figure)
    {
        writer.WriteStartObject(name + "Approximation");
        writer.WriteBoolean("approximate", true);
        writer.WritePropertyName("interval");
        if (figure.Lower is { } lo && figure.Upper is { } hi)
        {
            writer.WriteStartArray();
            writer.WriteRawValue(JsonNumber(lo));
            writer.WriteRawValue(JsonNumber(hi));
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("intervalKind", Json(figure.Interval));
        writer.WriteString("method", Json(figure.Method));
        if (figure.Samples is { } n) writer.WriteNumber("samples", n);
        else writer.WriteNull("samples");
        if (figure.Seed is { } seed) writer.WriteNumber("seed", seed);
        else writer.WriteNull("seed");
        writer.WritePropertyName("confidence");
        if (figure.Confidence is { } c) writer.WriteRawValue(JsonNumber(c));
        else writer.WriteNullValue();
        writer.WriteEndObject();
    }

    /// <summary>A double as JSON: culture-invariant, up to 12 significant digits.</summary>
    internal static string JsonNumber(double value) => value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An enum value as JSON writes it: camelCase (<c>shapleyShubik</c>, <c>timeLimit</c>, <c>decisionDiagram</c>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Json<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>
    /// Writes <c>"notComputed": [sentences…]</c> and <c>"reasons": [{ "part", "reason", "detail" }…]</c> (both always, empty when
    /// everything was computed).
    /// </summary>
    /// <param name="writer">The JSON writer, inside an object.</param>
    /// <param name="parts">The parts not computed.</param>
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<PartNotComputed> parts) => WriteJson(writer, parts, Sentence);

    /// <summary>
    /// Writes <c>"notComputed"</c> and <c>"reasons"</c> with the sentences of <paramref name="sentence"/>: the ternary analysis names its
    /// parts in its own words (profiles, ternary swings).
    /// </summary>
    internal static void WriteJson(Utf8JsonWriter writer, IEnumerable<PartNotComputed> parts, Func<PartNotComputed, string> sentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        writer.WriteStartArray("notComputed");
        foreach (var p in list) writer.WriteStringValue(sentence(p));
        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var p in list)
        {
            writer.WriteStartObject();
            writer.WriteString("part", Json(p.Part));
            writer.WriteString("reason", Json(p.Reason));
            writer.WriteString("detail", Validation.Wording.Detail(p));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes the entries of <c>"methods"</c>, one <c>{ "part", "method" }</c> per part computed, without opening or closing the array (the
    /// power report adds its approximations to the same array).
    /// </summary>
    /// <param name="writer">The JSON writer, inside an array.</param>
    /// <param name="methods">How each part was computed.</param>
    internal static void WriteMethods(Utf8JsonWriter writer, IEnumerable<PartMethod> methods)
    {
        foreach (var m in methods)
        {
            writer.WriteStartObject();
            writer.WriteString("part", Json(m.Part));
            writer.WriteString("method", Json(m.Method));
            writer.WriteEndObject();
        }
    }
}
