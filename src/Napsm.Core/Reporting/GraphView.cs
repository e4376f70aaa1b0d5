using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Reporting;

/// <summary>What part of a design to draw.</summary>
public enum GraphView
{
    /// <summary>The phases in order, each with its commitments, the exchanges between commitments and what each phase requires.</summary>
    Phases,

    /// <summary>The treaties with their entry-into-force conditions and the dependencies between treaties, phases and commitments.</summary>
    Treaties,

    /// <summary>The bodies with their voters (veto holders marked), chairs and reporting lines.</summary>
    Bodies,
}
