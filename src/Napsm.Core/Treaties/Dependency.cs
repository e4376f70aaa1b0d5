using Napsm.Core.Kernel;
using Napsm.Core.Model;

namespace Napsm.Core.Treaties;

/// <summary>One dependency: <see cref="Dependent"/> needs <see cref="On"/> (a treaty in force, a phase ended, a commitment met).</summary>
/// <param name="Dependent">The element that waits.</param>
/// <param name="On">The element it waits for.</param>
/// <param name="At">The JSON pointer of the dependency in the design (a <c>requires</c> entry, or a commitment within its phase).</param>
public sealed record Dependency(ElementRef Dependent, ElementRef On, string At);
