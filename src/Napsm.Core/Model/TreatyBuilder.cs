using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Treaty"/>: its parties, entry into force, requirements, ratifications and withdrawal terms.</summary>
public sealed class TreatyBuilder
{
    private Treaty _treaty;
    private readonly List<Ratification> _ratifications = [];

    internal TreatyBuilder(string id, string name) => _treaty = new Treaty(id, name, []);

    /// <summary>Sets the parties.</summary>
    /// <param name="members">Their ids.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder Parties(params IEnumerable<string> members)
    {
        _treaty = _treaty with { Parties = ValueList<string>.From(members) };
        return this;
    }

    /// <summary>Sets the date the treaty was opened for signature.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder OpenedForSignature(LocalDate date)
    {
        _treaty = _treaty with { OpenedForSignature = date };
        return this;
    }

    /// <summary>Sets the condition of entry into force: a rule over the ratifying parties, then a delay.</summary>
    /// <param name="rule">Which sets of ratifying parties bring it into force.</param>
    /// <param name="delay">The time after the rule is met; optional.</param>
    /// <param name="notBefore">The earliest date of entry into force; optional.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder EntryIntoForce(DecisionRule rule, Period? delay = null, LocalDate? notBefore = null)
    {
        _treaty = _treaty with { EntryIntoForce = new EntryIntoForce(rule) { Delay = delay, NotBefore = notBefore } };
        return this;
    }

    /// <summary>Sets what must be in force, done or over before the treaty can enter into force.</summary>
    /// <param name="requirements">Treaties, commitments or phases.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder Requires(params IEnumerable<ElementRef> requirements)
    {
        _treaty = _treaty with { Requires = ValueList<ElementRef>.From(requirements) };
        return this;
    }

    /// <summary>Adds a ratification event (or a revocation or withdrawal, by <paramref name="kind"/>).</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="date">The date.</param>
    /// <param name="kind">What happened; ratification by default.</param>
    /// <param name="source">The id of the source; optional.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder Ratification(string member, LocalDate date, RatificationKind kind = RatificationKind.Ratified, string? source = null)
    {
        _ratifications.Add(new Ratification(member, date, kind) { Source = source });
        return this;
    }

    /// <summary>Sets the withdrawal terms.</summary>
    /// <param name="notice">The notice a party must give; optional.</param>
    /// <param name="notBefore">The time after entry into force before which no party may withdraw; optional.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder Withdrawal(Period? notice = null, Period? notBefore = null)
    {
        _treaty = _treaty with { Withdrawal = new WithdrawalTerms { Notice = notice, NotBefore = notBefore } };
        return this;
    }

    /// <summary>Sets the source.</summary>
    /// <param name="source">The id of the source.</param>
    /// <returns>This builder.</returns>
    public TreatyBuilder Source(string source)
    {
        _treaty = _treaty with { Source = Guard.NotNull(source) };
        return this;
    }

    internal Treaty Build() => _treaty with { Ratifications = _ratifications };
}
