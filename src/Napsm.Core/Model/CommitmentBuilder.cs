using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Commitment"/>: to whom, by when, in exchange for what.</summary>
public sealed class CommitmentBuilder
{
    private Commitment _commitment;

    internal CommitmentBuilder(string id, IEnumerable<string> by, string action) => _commitment = new Commitment(id, by, action);

    /// <summary>Sets the members the commitment is given to.</summary>
    /// <param name="members">Their ids.</param>
    /// <returns>This builder.</returns>
    public CommitmentBuilder To(params IEnumerable<string> members)
    {
        _commitment = _commitment with { To = ValueList<string>.From(members) };
        return this;
    }

    /// <summary>Sets the date it falls due.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public CommitmentBuilder Due(LocalDate date)
    {
        _commitment = _commitment with { Due = date };
        return this;
    }

    /// <summary>Sets the time it falls due within, counted from the start of its phase.</summary>
    /// <param name="period">The period.</param>
    /// <returns>This builder.</returns>
    public CommitmentBuilder Within(Period period)
    {
        _commitment = _commitment with { Within = Guard.NotNull(period) };
        return this;
    }

    /// <summary>Sets the commitments it is given in exchange for ("action for action").</summary>
    /// <param name="commitments">Their ids.</param>
    /// <returns>This builder.</returns>
    public CommitmentBuilder InExchangeFor(params IEnumerable<string> commitments)
    {
        _commitment = _commitment with { InExchangeFor = ValueList<string>.From(commitments) };
        return this;
    }

    /// <summary>Sets the source.</summary>
    /// <param name="source">The id of the source.</param>
    /// <returns>This builder.</returns>
    public CommitmentBuilder Source(string source)
    {
        _commitment = _commitment with { Source = Guard.NotNull(source) };
        return this;
    }

    internal Commitment Build() => _commitment;
}
