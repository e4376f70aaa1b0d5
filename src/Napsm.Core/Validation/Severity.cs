namespace Napsm.Core.Validation;

/// <summary>How serious a diagnostic is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not a flaw by itself.</summary>
    Info = 0,

    /// <summary>Probably a flaw, or a choice a reviewer should confirm.</summary>
    Warning = 1,

    /// <summary>The design is inconsistent: it cannot work as written.</summary>
    Error = 2,
}
