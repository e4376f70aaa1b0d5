using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Body"/>.</summary>
public sealed class BodyBuilder
{
    private Body _body;

    internal BodyBuilder(string id, string name, IEnumerable<string> defaultVoters) => _body = new Body(id, name, defaultVoters, Model.Rule.Consensus);

    /// <summary>Sets the voters.</summary>
    /// <param name="voters">The ids of the members who vote.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Voters(params IEnumerable<string> voters)
    {
        _body = _body with { Voters = ValueList<string>.From(voters) };
        return this;
    }

    /// <summary>Sets the decision rule (of the default matter).</summary>
    /// <param name="rule">The rule; see <see cref="Model.Rule"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Rule(DecisionRule rule)
    {
        _body = _ruleGiven || _matters.Count == 0 ? _body with { Rule = rule } : _body with { Decisions = [new Decision(Model.Decision.DefaultMatter, rule), .. _matters] };
        _ruleGiven = true;
        return this;
    }

    private bool _ruleGiven;
    private readonly List<Decision> _matters = [];

    /// <summary>
    /// Adds a matter with its own rule, such as <c>procedural</c> beside <c>substantive</c>. Without a call to <see cref="Rule"/>, the
    /// body decides only its matters (no default rule).
    /// </summary>
    /// <param name="matter">The matter's id, unique within the body.</param>
    /// <param name="rule">The matter's rule.</param>
    /// <param name="quorum">A rule over who is present, without which nothing on the matter passes; optional.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Decision(string matter, DecisionRule rule, DecisionRule? quorum = null)
    {
        var decision = new Decision(matter, rule) { Quorum = quorum };
        _matters.Add(decision);
        _body = _body with { Decisions = _ruleGiven ? [.. _body.Decisions, decision] : _matters };
        return this;
    }

    /// <summary>Sets the kind (<c>council</c>, <c>working-group</c>, …).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Kind(string kind)
    {
        _body = _body with { Kind = kind };
        return this;
    }

    /// <summary>Sets the issue areas it may decide on.</summary>
    /// <param name="areas">The areas.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Mandate(params IEnumerable<string> areas)
    {
        _body = _body with { Mandate = ValueList<string>.From(areas) };
        return this;
    }

    /// <summary>Sets the chair.</summary>
    /// <param name="member">The id of the member who chairs it.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Chair(string member)
    {
        _body = _body with { Chair = member };
        return this;
    }

    /// <summary>Sets the body it reports to.</summary>
    /// <param name="body">The id of that body.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder ReportsTo(string body)
    {
        _body = _body with { ReportsTo = body };
        return this;
    }

    internal Body Build() => _body;
}
