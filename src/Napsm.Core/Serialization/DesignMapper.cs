using System.Globalization;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Serialization;

/// <summary>Translates between the file's shapes (DTOs) and the model, checking what the shapes alone cannot: ids, references, events, periods, enumerations.</summary>
internal static class DesignMapper
{
    private static readonly string[] RequirementKinds = ["treaty", "phase", "commitment"];

    public static Design ToModel(DesignDto dto)
    {
        if (dto.Format != Design.FormatVersion)
        {
            throw LoadError.At("/format", string.Create(CultureInfo.InvariantCulture, $"format {dto.Format} is not supported; this version reads \"format\": {Design.FormatVersion}"));
        }

        return new Design(Id(dto.Id, Where.Root, "/id"), dto.Name)
        {
            Description = dto.Description,
            AsOf = dto.AsOf,
            Sources = Map(dto.Sources, Where.Root, "/sources", ToSource),
            IssueAreas = dto.IssueAreas ?? [],
            Members = Map(dto.Members, Where.Root, "/members", ToMember),
            Bodies = Map(dto.Bodies, Where.Root, "/bodies", ToBody),
            Principles = Map(dto.Principles, Where.Root, "/principles", ToPrinciple),
            Phases = Map(dto.Phases, Where.Root, "/phases", ToPhase),
            Treaties = Map(dto.Treaties, Where.Root, "/treaties", ToTreaty),
            Timing = Map(dto.Timing, Where.Root, "/timing", ToTiming),
            Alignments = Map(dto.Alignments, Where.Root, "/alignments", (a, p) => new Alignment(Id(a.Id, p, "/id"), a.Blocs ?? [])
            {
                Name = a.Name,
                Excluded = a.Excluded ?? [],
                Source = a.Source,
                Note = a.Note,
            }),
            Amendment = dto.Amendment is not { } am ? null : new AmendmentProcedure(am.Rule)
            {
                Ratification = EntryIntoForceOf(am.Ratification, Where.Root, "/amendment/ratification"),
                Source = OptionalId(am.Source, Where.Root, "/amendment/source"),
                Note = am.Note,
            },
            Amendments = Map(dto.Amendments, Where.Root, "/amendments", (a, p) => new AmendmentEntry(Id(a.Id, p, "/id"), a.Covers, a.Rule)
            {
                Ratification = EntryIntoForceOf(a.Ratification, p, "/ratification"),
                Source = OptionalId(a.Source, p, "/source"),
                Note = a.Note,
            }),
            Accession = dto.Accession is not { } ac ? null : new AccessionProcedure(ac.Rule)
            {
                Source = OptionalId(ac.Source, Where.Root, "/accession/source"),
                Note = ac.Note,
            },
            EvolvesFrom = dto.EvolvesFrom,
            Suppressions = Map(dto.Suppress, Where.Root, "/suppress", (s, _) => new Suppression(s.Id) { At = s.At, Why = s.Why }),
        };
    }

    /// <summary>An entry-into-force condition: a treaty's, or the ratification an amendment needs (#16).</summary>
    private static EntryIntoForce? EntryIntoForceOf(EntryIntoForceDto? r, Where owner, string suffix) => r is null ? null : new EntryIntoForce(r.Rule)
    {
        Delay = NonNegative(r.Delay, owner, suffix + "/delay", "delay"),
        NotBefore = r.NotBefore,
    };

    private static EntryIntoForceDto? EntryIntoForceOf(EntryIntoForce? r) =>
        r is null ? null : new EntryIntoForceDto { Rule = r.Rule, Delay = r.Delay, NotBefore = r.NotBefore };

    /// <summary>
    /// An element of a list, <c>List/Index</c> (or the root): its pointer is built only when an error names it, because a large design
    /// has hundreds of thousands of values and their pointers would cost more than reading them.
    /// </summary>
    private readonly record struct Where(string List, int Index)
    {
        public static Where Root => new("", -1);

        public string Pointer => Index < 0 ? List : JsonPointers.Append(List, Index);

        /// <summary>The pointer of a property of this element (<paramref name="suffix"/> such as "/id"), or of an entry of a list property.</summary>
        public string At(string suffix, int index = -1) => index < 0 ? Pointer + suffix : JsonPointers.Append(Pointer + suffix, index);
    }

    private static IReadOnlyList<TModel> Map<TDto, TModel>(List<TDto>? items, Where owner, string suffix, Func<TDto, Where, TModel> map)
    {
        if (items is null || items.Count == 0) return ValueList<TModel>.Empty;
        var list = owner.At(suffix);
        var result = new TModel[items.Count];
        for (int i = 0; i < items.Count; i++) result[i] = map(items[i], new Where(list, i));
        return result;
    }

    private static string Id(string id, Where owner, string suffix, int index = -1) =>
        Ids.Problem(id) is { } problem ? throw LoadError.At(owner.At(suffix, index), problem) : id;

    private static string? OptionalId(string? id, Where owner, string suffix) => id is null ? null : Id(id, owner, suffix);

    private static IReadOnlyList<string> IdList(List<string>? ids, Where owner, string suffix)
    {
        if (ids is null || ids.Count == 0) return ValueList<string>.Empty;
        for (int i = 0; i < ids.Count; i++) Id(ids[i], owner, suffix, i);
        return ids;
    }

    private static IReadOnlyList<string> VoterList(List<string>? voters, Where owner, string suffix)
    {
        if (voters is null || voters.Count == 0) return ValueList<string>.Empty;
        for (int i = 0; i < voters.Count; i++)
        {
            if (Ids.VoterProblem(voters[i]) is { } problem) throw LoadError.At(owner.At(suffix, i), problem);
        }

        return voters;
    }

    private static Period? NonNegative(Period? period, Where owner, string suffix, string what)
    {
        if (period is null) return null;
        bool negative = period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Hours < 0 || period.Minutes < 0 ||
                        period.Seconds < 0 || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0;
        return negative ? throw LoadError.At(owner.At(suffix), $"{what} {Ids.Quote(NodaTime.Text.PeriodPattern.Roundtrip.Format(period))} is negative; expected a period of at least zero, such as \"P60D\"") : period;
    }

    private static Source ToSource(SourceDto s, Where p) =>
        new(Id(s.Id, p, "/id"), s.Title) { Locator = s.Locator, Date = s.Date, Url = s.Url, Note = s.Note };

    private static Member ToMember(MemberDto m, Where p)
    {
        IReadOnlyDictionary<string, AttributeValue> attributes = ValueMap<AttributeValue>.Empty;
        if (m.Attributes is { Count: > 0 })
        {
            foreach (var name in m.Attributes.Keys)
            {
                if (Ids.Problem(name) is { } problem) throw LoadError.At(JsonPointers.Append(p.At("/attributes"), name), "attribute name: " + problem, atName: true);
            }

            attributes = ValueMap<AttributeValue>.From(m.Attributes);
        }

        return new Member(Id(m.Id, p, "/id"), m.Name) { Kind = m.Kind, Source = OptionalId(m.Source, p, "/source"), Attributes = attributes };
    }

    private static Body ToBody(BodyDto b, Where p)
    {
        var decisions = Map(b.Decisions, p, "/decisions", ToDecision);
        if (b.Rule is null && decisions.Count == 0)
        {
            // The message the scanner gives for a missing required property: "rule" is required unless "decisions" replaces it.
            throw LoadError.At(p.Pointer, "missing required property \"rule\" of a body (or \"decisions\", one rule per matter)");
        }

        for (int k = 0; k < decisions.Count; k++)
        {
            if (decisions[k].IsDefault)
            {
                throw LoadError.At(p.At("/decisions", k) + "/matter",
                    "matter \"default\" is the body's \"rule\"; write that rule as \"rule\", and give the matters in \"decisions\" other ids");
            }
        }

        var first = b.Rule ?? decisions[0].Rule;
        return new(Id(b.Id, p, "/id"), b.Name, VoterList(b.Voters, p, "/voters"), first)
        {
            Decisions = b.Rule is null ? decisions : [new Decision(Decision.DefaultMatter, b.Rule), .. decisions],
            Kind = b.Kind,
            Mandate = b.Mandate ?? [],
            Chair = OptionalId(b.Chair, p, "/chair"),
            ReportsTo = OptionalId(b.ReportsTo, p, "/reportsTo"),
            Source = OptionalId(b.Source, p, "/source"),
        };
    }

    private static Decision ToDecision(DecisionDto d, Where p) =>
        new(Id(d.Matter, p, "/matter"), d.Rule) { Quorum = d.Quorum, Source = OptionalId(d.Source, p, "/source") };

    private static Principle ToPrinciple(PrincipleDto d, Where p) =>
        new(Id(d.Id, p, "/id"), d.Title)
        {
            Source = OptionalId(d.Source, p, "/source"),
            Tags = d.Tags ?? [],
            Norms = Map(d.Norms, p, "/norms", ToNorm),
        };

    private static Norm ToNorm(NormDto n, Where p)
    {
        var subject = n.Subject == "*" ? "*" : Id(n.Subject, p, "/subject");
        var deontic = n.Deontic switch
        {
            "must" => Deontic.Must,
            "mustNot" => Deontic.MustNot,
            "may" => Deontic.May,
            _ => throw LoadError.At(p.At("/deontic"), $"deontic {Ids.Quote(n.Deontic)} is not known{Elements.DidYouMean(n.Deontic, ["must", "mustNot", "may"])}; expected \"must\", \"mustNot\" or \"may\""),
        };
        return new Norm(subject, deontic, n.Action) { When = n.When ?? [], Unless = n.Unless ?? [] };
    }

    private static Phase ToPhase(PhaseDto d, Where p) =>
        new(Id(d.Id, p, "/id"), d.Name)
        {
            After = IdList(d.After, p, "/after"),
            Window = d.Window is null ? null : new PhaseWindow { Start = d.Window.Start, End = d.Window.End, Within = NonNegative(d.Window.Within, p, "/window/within", "window") },
            Requires = Requirements(d.Requires, p, "/requires"),
            Source = OptionalId(d.Source, p, "/source"),
            Commitments = Map(d.Commitments, p, "/commitments", ToCommitment),
        };

    private static Commitment ToCommitment(CommitmentDto c, Where p) =>
        new(Id(c.Id, p, "/id"), IdList(c.By, p, "/by"), c.Action)
        {
            To = IdList(c.To, p, "/to"),
            Due = c.Due,
            Within = NonNegative(c.Within, p, "/within", "within"),
            InExchangeFor = IdList(c.InExchangeFor, p, "/inExchangeFor"),
            Source = OptionalId(c.Source, p, "/source"),
        };

    private static Treaty ToTreaty(TreatyDto t, Where p) =>
        new(Id(t.Id, p, "/id"), t.Name, IdList(t.Parties, p, "/parties"))
        {
            OpenedForSignature = t.OpenedForSignature,
            Requires = Requirements(t.Requires, p, "/requires"),
            EntryIntoForce = EntryIntoForceOf(t.EntryIntoForce, p, "/entryIntoForce"),
            Ratifications = Map(t.Ratifications, p, "/ratifications", ToRatification),
            Withdrawal = t.Withdrawal is not { } w ? null : new WithdrawalTerms
            {
                Notice = NonNegative(w.Notice, p, "/withdrawal/notice", "notice"),
                NotBefore = NonNegative(w.NotBefore, p, "/withdrawal/notBefore", "notBefore"),
            },
            Source = OptionalId(t.Source, p, "/source"),
        };

    private static Ratification ToRatification(RatificationDto r, Where p)
    {
        var kind = r.Kind switch
        {
            null or "ratified" => RatificationKind.Ratified,
            "revoked" => RatificationKind.Revoked,
            "withdrawn" => RatificationKind.Withdrawn,
            _ => throw LoadError.At(p.At("/kind"), $"ratification kind {Ids.Quote(r.Kind)} is not known{Elements.DidYouMean(r.Kind, ["ratified", "revoked", "withdrawn"])}; expected \"ratified\", \"revoked\" or \"withdrawn\""),
        };
        return new Ratification(Id(r.Member, p, "/member"), r.Date, kind) { Source = OptionalId(r.Source, p, "/source") };
    }

    private static TimingConstraint ToTiming(TimingDto t, Where p) =>
        new(Event(t.From, p, "/from"), Event(t.To, p, "/to")) { AtLeast = t.AtLeast, AtMost = t.AtMost, Source = OptionalId(t.Source, p, "/source"), Note = t.Note };

    private static IReadOnlyList<ElementRef> Requirements(List<string>? texts, Where owner, string suffix)
    {
        if (texts is null || texts.Count == 0) return ValueList<ElementRef>.Empty;
        var result = new ElementRef[texts.Count];
        for (int i = 0; i < texts.Count; i++) result[i] = Requirement(texts[i], owner, suffix, i);
        return result;
    }

    private static ElementRef Requirement(string text, Where owner, string suffix, int index)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) throw LoadError.At(owner.At(suffix, index), $"reference {Ids.Quote(text)} has no kind; expected treaty:ID, phase:ID or commitment:ID");
        var kind = text[..colon];
        var id = text[(colon + 1)..];
        if (Array.IndexOf(RequirementKinds, kind) < 0)
        {
            throw LoadError.At(owner.At(suffix, index), $"reference {Ids.Quote(text)} has kind {Ids.Quote(kind)}{Elements.DidYouMean(kind, RequirementKinds)}; expected treaty:ID, phase:ID or commitment:ID");
        }

        if (id.Length == 0) throw LoadError.At(owner.At(suffix, index), $"reference {Ids.Quote(text)} has no id after the kind; expected {kind}:ID");
        if (Ids.Problem(id) is { } problem) throw LoadError.At(owner.At(suffix, index), $"reference {Ids.Quote(text)}: {problem}");
        return ElementRef.TryParse(text, out var reference) ? reference : throw LoadError.At(owner.At(suffix, index), $"reference {Ids.Quote(text)} is not well formed");
    }

    private static EventRef Event(string text, Where owner, string suffix)
    {
        int dot = text.LastIndexOf('.');
        if (dot < 0) throw LoadError.At(owner.At(suffix), $"event {Ids.Quote(text)} has no moment; expected PHASE.start, PHASE.end, COMMITMENT.due or TREATY.inForce");
        var id = text[..dot];
        var moment = text[(dot + 1)..];
        EventKind? kind = moment switch
        {
            "start" => EventKind.Start,
            "end" => EventKind.End,
            "due" => EventKind.Due,
            "inForce" => EventKind.InForce,
            _ => null,
        };
        if (kind is null) throw LoadError.At(owner.At(suffix), $"event {Ids.Quote(text)} has the unknown moment {Ids.Quote(moment)}{Elements.DidYouMean(moment, ["start", "end", "due", "inForce"])}; expected start, end, due or inForce");
        if (id.Length == 0) throw LoadError.At(owner.At(suffix), $"event {Ids.Quote(text)} has no id before the moment; expected ID.{moment}");
        if (Ids.Problem(id) is { } problem) throw LoadError.At(owner.At(suffix), $"event {Ids.Quote(text)}: {problem}");
        return new EventRef(id, kind.Value);
    }

    public static DesignDto ToDto(Design d) => new()
    {
        Format = Design.FormatVersion,
        Id = d.Id,
        Name = d.Name,
        Description = d.Description,
        AsOf = d.AsOf,
        EvolvesFrom = d.EvolvesFrom,
        Sources = NullIfEmpty(d.Sources.Select(s => new SourceDto { Id = s.Id, Title = s.Title, Locator = s.Locator, Date = s.Date, Url = s.Url, Note = s.Note })),
        IssueAreas = NullIfEmpty(d.IssueAreas),
        Members = NullIfEmpty(d.Members.Select(m => new MemberDto
        {
            Id = m.Id,
            Name = m.Name,
            Kind = m.Kind,
            Source = m.Source,
            Attributes = m.Attributes.Count == 0 ? null : new Dictionary<string, AttributeValue>(m.Attributes, StringComparer.Ordinal),
        })),
        Bodies = NullIfEmpty(d.Bodies.Select(b => DefaultMatterWritable(b) ? new BodyDto
        {
            Id = b.Id,
            Name = b.Name,
            Kind = b.Kind,
            Voters = [.. b.Voters],
            Rule = b.Decisions[0].IsDefault ? b.Rule : null,
            Decisions = NullIfEmpty(b.Decisions.Skip(b.Decisions[0].IsDefault ? 1 : 0).Select(x => new DecisionDto
            {
                Matter = x.Matter,
                Rule = x.Rule,
                Quorum = x.Quorum,
                Source = x.Source,
            })),
            Mandate = NullIfEmpty(b.Mandate),
            Chair = b.Chair,
            ReportsTo = b.ReportsTo,
            Source = b.Source,
        } : null!)),
        Principles = NullIfEmpty(d.Principles.Select(p => new PrincipleDto
        {
            Id = p.Id,
            Title = p.Title,
            Source = p.Source,
            Tags = NullIfEmpty(p.Tags),
            Norms = NullIfEmpty(p.Norms.Select(n => new NormDto
            {
                Subject = n.Subject,
                Deontic = n.Deontic switch { Deontic.Must => "must", Deontic.MustNot => "mustNot", _ => "may" },
                Action = n.Action,
                When = NullIfEmpty(n.When),
                Unless = NullIfEmpty(n.Unless),
            })),
        })),
        Phases = NullIfEmpty(d.Phases.Select(p => new PhaseDto
        {
            Id = p.Id,
            Name = p.Name,
            After = NullIfEmpty(p.After),
            Window = p.Window is null ? null : new WindowDto { Start = p.Window.Start, End = p.Window.End, Within = p.Window.Within },
            Requires = NullIfEmpty(p.Requires.Select(r => r.ToString())),
            Source = p.Source,
            Commitments = NullIfEmpty(p.Commitments.Select(c => new CommitmentDto
            {
                Id = c.Id,
                By = [.. c.By],
                Action = c.Action,
                To = NullIfEmpty(c.To),
                Due = c.Due,
                Within = c.Within,
                InExchangeFor = NullIfEmpty(c.InExchangeFor),
                Source = c.Source,
            })),
        })),
        Treaties = NullIfEmpty(d.Treaties.Select(t => new TreatyDto
        {
            Id = t.Id,
            Name = t.Name,
            Parties = [.. t.Parties],
            OpenedForSignature = t.OpenedForSignature,
            Requires = NullIfEmpty(t.Requires.Select(r => r.ToString())),
            EntryIntoForce = EntryIntoForceOf(t.EntryIntoForce),
            Ratifications = NullIfEmpty(t.Ratifications.Select(r => new RatificationDto
            {
                Member = r.Member,
                Date = r.Date,
                Kind = r.Kind switch { RatificationKind.Ratified => null, RatificationKind.Revoked => "revoked", _ => "withdrawn" },
                Source = r.Source,
            })),
            Withdrawal = t.Withdrawal is not { } w ? null : new WithdrawalDto { Notice = w.Notice, NotBefore = w.NotBefore },
            Source = t.Source,
        })),
        Timing = NullIfEmpty(d.Timing.Select(t => new TimingDto
        {
            From = t.From.ToString(),
            To = t.To.ToString(),
            AtLeast = t.AtLeast,
            AtMost = t.AtMost,
            Source = t.Source,
            Note = t.Note,
        })),
        Alignments = NullIfEmpty(d.Alignments.Select(a => new AlignmentDto
        {
            Id = a.Id,
            Name = a.Name,
            Blocs = NullIfEmpty(a.Blocs.Select(b => b.ToList())),
            Excluded = NullIfEmpty(a.Excluded),
            Source = a.Source,
            Note = a.Note,
        })),
        Amendment = d.Amendment is not { } am ? null : new AmendmentDto { Rule = am.Rule, Ratification = EntryIntoForceOf(am.Ratification), Source = am.Source, Note = am.Note },
        Amendments = NullIfEmpty(d.Amendments.Select(a => new AmendmentEntryDto
        {
            Id = a.Id,
            Covers = [.. a.Covers],
            Rule = a.Rule,
            Ratification = EntryIntoForceOf(a.Ratification),
            Source = a.Source,
            Note = a.Note,
        })),
        Accession = d.Accession is not { } ac ? null : new AccessionDto { Rule = ac.Rule, Source = ac.Source, Note = ac.Note },
        Suppress = NullIfEmpty(d.Suppressions.Select(s => new SuppressionDto { Id = s.Id, At = s.At, Why = s.Why })),
    };

    /// <summary>The default matter is written as the body's "rule", which has no place for a quorum or a source of its own.</summary>
    private static bool DefaultMatterWritable(Body b) =>
        b.Decisions[0] is not { IsDefault: true } d || (d.Quorum is null && d.Source is null)
            ? true
            : throw new ArgumentException(
                $"The default matter of body \"{b.Id}\" has a quorum or a source, which the file's \"rule\" cannot hold: put the quorum in the rule " +
                "(a head count or weighted rule's \"quorum\"), or give the matter an id of its own.", nameof(b));

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
