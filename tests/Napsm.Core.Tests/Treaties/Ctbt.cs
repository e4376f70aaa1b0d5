using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Tests.Treaties;

/// <summary>
/// A treaty shaped like the CTBT. Art. XIV(1): in force 180 days after the 44 States of Annex 2 have deposited their ratifications,
/// but not earlier than two years after opening for signature (24 September 1996) — shared/reference/institutions.md §2.3; CTBTO FAQ
/// "When will the CTBT enter into force?". Annex 2: the 44 States listed in the Treaty (first 23 names confirmed against
/// evanewyork.net "What are Annex 2 states?"; the rest from the Treaty's Annex 2, to be checked against the UN text). Russia ratified
/// on 27 May 2000 and revoked its ratification by the law signed on 2 November 2023; China, Egypt, Iran, Israel, the United States,
/// India, Pakistan and the DPRK never ratified (institutions.md, second check). Fiji ratified first, on 10 October 1996 (Wikipedia
/// list of parties). The other ratification dates are placeholders (2000-01-01): only whether a ratification stands matters here.
/// </summary>
internal static class Ctbt
{
    public static readonly string[] Annex2 =
    [
        "dz", "ar", "au", "at", "bd", "be", "br", "bg", "ca", "cl", "cn", "co", "kp", "cd", "eg", "fi", "fr", "de", "hu", "in", "id", "ir",
        "il", "it", "jp", "mx", "nl", "no", "pk", "pe", "pl", "ro", "kr", "ru", "sk", "za", "es", "se", "ch", "tr", "ua", "gb", "us", "vn",
    ];

    public static readonly string[] NeverRatified = ["cn", "eg", "ir", "il", "us", "in", "pk", "kp"];

    public static readonly LocalDate Opened = new(1996, 9, 24);

    public static Treaty Treaty(IEnumerable<string>? alsoNotRatified = null, IEnumerable<Ratification>? more = null)
    {
        var missing = NeverRatified.Concat(alsoNotRatified ?? []).ToHashSet(StringComparer.Ordinal);
        var ratifications = new List<Ratification> { new("fj", new LocalDate(1996, 10, 10)) };
        ratifications.AddRange(Annex2.Where(s => !missing.Contains(s) && s != "ru").Select(s => new Ratification(s, new LocalDate(2000, 1, 1))));
        if (!missing.Contains("ru"))
        {
            ratifications.Add(new Ratification("ru", new LocalDate(2000, 5, 27)));
            ratifications.Add(new Ratification("ru", new LocalDate(2023, 11, 2), RatificationKind.Revoked));
        }

        ratifications.AddRange(more ?? []);
        return new Treaty("ctbt", "Comprehensive Nuclear-Test-Ban Treaty", [.. Annex2, "fj"])
        {
            OpenedForSignature = Opened,
            EntryIntoForce = new EntryIntoForce(Rule.Veto(Annex2)) { Delay = Period.FromDays(180), NotBefore = Opened.PlusYears(2) },
            Ratifications = ratifications,
        };
    }

    public static Design Design(Treaty? treaty = null)
    {
        var b = Napsm.Core.Model.Design.Create("ctbt", "CTBT entry into force");
        foreach (var s in Annex2.Append("fj")) b.Member(s, s);
        b.Treaty(treaty ?? Treaty());
        return b.Build();
    }
}
