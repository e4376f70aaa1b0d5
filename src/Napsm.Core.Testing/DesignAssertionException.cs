namespace Napsm.Core.Testing;

/// <summary>
/// Thrown by <see cref="DesignAssert"/> when an assertion about a design fails. Test frameworks (xunit, NUnit, MSTest, TUnit…) report
/// any exception as a failure, so the assertions need no adapter; the message lists the design's diagnostics as <c>napsm check</c>
/// prints them.
/// </summary>
public sealed class DesignAssertionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public DesignAssertionException()
        : base("A design assertion failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public DesignAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public DesignAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
