namespace Napsm.Core.Model;

/// <summary>What a reference is for: the place of the design it sits in (see <see cref="DesignReference"/>).</summary>
public enum ReferenceRole
{
    /// <summary>The source an element cites (a member, one of its attributes, a body, a matter, a principle, a phase, a commitment,
    /// a treaty).</summary>
    Source,

    /// <summary>A voter of a body.</summary>
    Voter,

    /// <summary>The chair of a body.</summary>
    Chair,

    /// <summary>The body a body reports to.</summary>
    ReportsTo,

    /// <summary>A member a head count inside a rule counts (its <c>of</c> list).</summary>
    CountedVoter,

    /// <summary>A member given a weight inline in a weighted rule.</summary>
    WeightedVoter,

    /// <summary>A holder of a veto inside a rule.</summary>
    VetoHolder,

    /// <summary>The member attribute a weighted rule takes its weights from (<c>by</c>).</summary>
    WeightAttribute,

    /// <summary>The subject of a principle's norm (never <c>*</c>, which names everyone).</summary>
    NormSubject,

    /// <summary>A phase that must come before a phase (<c>after</c>).</summary>
    Predecessor,

    /// <summary>What a phase or a treaty requires.</summary>
    Requirement,

    /// <summary>A member undertaking a commitment (<c>by</c>).</summary>
    Undertaker,

    /// <summary>A member a commitment is given to (<c>to</c>).</summary>
    Recipient,

    /// <summary>A commitment a commitment is given in exchange for.</summary>
    ExchangedFor,

    /// <summary>A party to a treaty.</summary>
    Party,

    /// <summary>The member of a treaty's ratification event.</summary>
    Ratifier,

    /// <summary>The source a treaty's ratification event cites.</summary>
    RatificationSource,

    /// <summary>The earlier event of a timing constraint.</summary>
    TimingFrom,

    /// <summary>The later event of a timing constraint.</summary>
    TimingTo,

    /// <summary>The source a timing constraint cites.</summary>
    TimingSource,

    /// <summary>A member of a bloc of an alignment.</summary>
    BlocMember,

    /// <summary>A member an alignment excludes.</summary>
    Excluded,

    /// <summary>The source an alignment cites.</summary>
    AlignmentSource,

    /// <summary>The source an amendment procedure, an amendment entry or the accession procedure cites (#16).</summary>
    AmendmentSource,
}
