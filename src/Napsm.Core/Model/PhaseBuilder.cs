using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Phase"/>.</summary>
public sealed class PhaseBuilder
{
    private Phase _phase;
    private readonly List<Commitment> _commitments = [];

    internal PhaseBuilder(string id, string name) => _phase = new Phase(id, name);

    /// <summary>Sets the phases that must end before this one starts.</summary>
    /// <param name="phases">Their ids.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder After(params IEnumerable<string> phases)
    {
        _phase = _phase with { After = ValueList<string>.From(phases) };
        return this;
    }

    /// <summary>Sets the window.</summary>
    /// <param name="start">The start date; optional.</param>
    /// <param name="end">The end date; optional.</param>
    /// <param name="within">The longest it may last; optional.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Window(LocalDate? start = null, LocalDate? end = null, Period? within = null)
    {
        _phase = _phase with { Window = new PhaseWindow { Start = start, End = end, Within = within } };
        return this;
    }

    /// <summary>Adds a commitment.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Commitment(Commitment commitment)
    {
        _commitments.Add(Guard.NotNull(commitment));
        return this;
    }

    /// <summary>Adds a commitment.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="by">Who undertakes it.</param>
    /// <param name="action">What they undertake.</param>
    /// <param name="due">When it falls due; optional.</param>
    /// <param name="inExchangeFor">The commitments given in exchange; optional.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Commitment(string id, IEnumerable<string> by, string action, LocalDate? due = null, params IEnumerable<string> inExchangeFor) =>
        Commitment(new Commitment(id, by, action) { Due = due, InExchangeFor = ValueList<string>.From(inExchangeFor) });

    /// <summary>Adds a commitment, with to whom, by when and in exchange for what.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="by">Who undertakes it.</param>
    /// <param name="action">What they undertake.</param>
    /// <param name="configure">Sets the recipients, the due date or period, the exchange and the source.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Commitment(string id, IEnumerable<string> by, string action, Action<CommitmentBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CommitmentBuilder(id, by, action);
        configure(builder);
        return Commitment(builder.Build());
    }

    /// <summary>Sets the source.</summary>
    /// <param name="source">The id of the source.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Source(string source)
    {
        _phase = _phase with { Source = Guard.NotNull(source) };
        return this;
    }

    /// <summary>Sets the entry conditions.</summary>
    /// <param name="requirements">Treaties, commitments or phases that must come first.</param>
    /// <returns>This builder.</returns>
    public PhaseBuilder Requires(params IEnumerable<ElementRef> requirements)
    {
        _phase = _phase with { Requires = ValueList<ElementRef>.From(requirements) };
        return this;
    }

    internal Phase Build() => _phase with { Commitments = _commitments };
}
