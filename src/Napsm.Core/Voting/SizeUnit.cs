using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>What a size in a <see cref="PartNotComputed"/> measures.</summary>
public enum SizeUnit
{
    /// <summary>Bytes of a table or of memory.</summary>
    Bytes,

    /// <summary>Nodes of a decision diagram.</summary>
    Nodes,

    /// <summary>Class-count vectors (coalitions counted by how many members they have of each class of interchangeable voters).</summary>
    Vectors,

    /// <summary>Elementary operations, estimated.</summary>
    Operations,

    /// <summary>Seconds of time.</summary>
    Seconds,
}
