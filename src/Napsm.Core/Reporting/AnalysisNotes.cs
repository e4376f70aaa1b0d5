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
            + (part.Detail.Length > 0 ? " (" + part.Detail + ")" : "");
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
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<PartNotComputed> parts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        writer.WriteStartArray("notComputed");
        foreach (var p in list) writer.WriteStringValue(Sentence(p));
        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var p in list)
        {
            writer.WriteStartObject();
            writer.WriteString("part", Json(p.Part));
            writer.WriteString("reason", Json(p.Reason));
            writer.WriteString("detail", p.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
