namespace Napsm.Core.Model;

/// <summary>
/// Compound bodies (#15; Shapley's compound games): a body's voter written <c>body:ID</c> is the body <c>ID</c>, which votes as that body
/// decides. Weighted rules key such a voter by the same string. This class is the one place the spelling is known.
/// </summary>
public static class CompoundVoters
{
    /// <summary>The prefix of a voter that is a body: <c>body:</c>.</summary>
    public const string Prefix = "body:";

    /// <summary>The voter string of a body: <c>body:ID</c>.</summary>
    /// <param name="bodyId">The body's id.</param>
    /// <returns>The voter string.</returns>
    public static string Of(string bodyId)
    {
        ArgumentNullException.ThrowIfNull(bodyId);
        return Prefix + bodyId;
    }

    /// <summary>Whether a voter is a body (<c>body:ID</c>), and which.</summary>
    /// <param name="voter">The voter string.</param>
    /// <param name="bodyId">The body's id when the voter is a body; else the empty string.</param>
    /// <returns>Whether the voter is a body.</returns>
    public static bool TryGetBody(string? voter, out string bodyId)
    {
        if (voter is not null && voter.Length > Prefix.Length && voter.StartsWith(Prefix, StringComparison.Ordinal))
        {
            bodyId = voter[Prefix.Length..];
            return true;
        }

        bodyId = "";
        return false;
    }

    /// <summary>Whether a voter is a body (<c>body:ID</c>).</summary>
    /// <param name="voter">The voter string.</param>
    /// <returns>Whether the voter is a body.</returns>
    public static bool IsBody(string? voter) => TryGetBody(voter, out _);

    /// <summary>The bodies among a body's voters, in voter order (the ids, without the prefix).</summary>
    /// <param name="body">The body.</param>
    /// <returns>The ids of the bodies it has as voters.</returns>
    public static IReadOnlyList<string> SubBodies(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var list = new List<string>();
        foreach (var v in body.Voters)
        {
            if (TryGetBody(v, out var id)) list.Add(id);
        }

        return ValueList<string>.From(list);
    }
}
