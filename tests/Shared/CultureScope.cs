using System.Globalization;

namespace Napsm.Tests.Shared;

/// <summary>Runs code under a given culture and restores the thread's cultures afterwards (linked into every test project).</summary>
internal static class CultureScope
{
    /// <summary>Runs <paramref name="action"/> with CurrentCulture and CurrentUICulture set to <paramref name="culture"/> ("" = invariant).</summary>
    public static T Run<T>(string culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
