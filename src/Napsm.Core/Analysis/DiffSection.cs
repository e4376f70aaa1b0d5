using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>The sections of a design a diff compares.</summary>
public enum DiffSection
{
    /// <summary>The design's own fields (name, description, asOf, issue areas).</summary>
    Design,

    /// <summary>Sources.</summary>
    Sources,

    /// <summary>Members.</summary>
    Members,

    /// <summary>Bodies (their rules included).</summary>
    Bodies,

    /// <summary>Principles.</summary>
    Principles,

    /// <summary>Phases (their commitments are compared on their own).</summary>
    Phases,

    /// <summary>Commitments, across all phases.</summary>
    Commitments,

    /// <summary>Treaties.</summary>
    Treaties,

    /// <summary>Alignments (#15: scenarios of blocs that vote together and members no one governs with).</summary>
    Alignments,

    /// <summary>
    /// The amendment rules (#16): the general procedure (id <c>amendment</c>), the entries of <c>amendments</c> (by their ids) and the
    /// accession procedure (id <c>accession</c>).
    /// </summary>
    Amendment,
}
