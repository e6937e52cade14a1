namespace Truce.Claims.Events;

/// <summary>
/// Why an action word of a sentence is, or is not, the claim that the action happened (corpus README, "Events"): only
/// <see cref="Asserted"/> yields an event; every other value names the kind of wording that mentions the action without
/// asserting it.
/// </summary>
internal enum AssertionReason
{
    /// <summary>The clause says the action happened: "Russian forces shelled Kherson", "the ministry said drones had hit a depot".</summary>
    Asserted,

    /// <summary>Negated or denied: "did not attack", "denied shelling", "never captured", "rejected striking".</summary>
    Negated,

    /// <summary>A modal or a hedge: "could attack", "would withdraw", "likely struck", "appears to have hit".</summary>
    Modal,

    /// <summary>An infinitive names an aim, not a deed: "threatened to strike", "plans to advance", "ready to withdraw".</summary>
    Infinitive,

    /// <summary>A condition: "if Russia attacks", "unless troops withdraw", "as long as drones hit Odesa", "would not … until forces had withdrawn".</summary>
    Conditional,

    /// <summary>Threatened, planned, demanded or offered in exchange: "warned of strikes on Kyiv", "demanded a withdrawal from Kursk".</summary>
    Intended,

    /// <summary>Something to be prevented or stopped: "agreed to stop attacking energy sites", "deter Moscow from striking".</summary>
    Prevented,

    /// <summary>A kind of action a truce, a threat or a response governs: "a halt to attacks on energy", "any attack", "ruled out a withdrawal".</summary>
    NominalMention,

    /// <summary>A noun the rest of its clause says would, could or will happen: "strikes on energy would be halted".</summary>
    ModalPredicate,

    /// <summary>A question: "Did Russia shell the port?".</summary>
    Question,

    /// <summary>Someone's claim talked about, or rejected: "reports of the capture of Kupiansk", "dismissed claims that troops had retaken …".</summary>
    ReportedClaim,

    /// <summary>A pattern of life, not one event: "every village shelled", "whenever the shelling stops", "is being hit again and again".</summary>
    Habitual,

    /// <summary>A participle used as an adjective: "the occupied part of", "debris from a downed drone", "the hit building".</summary>
    Adjective,

    /// <summary>The verb used of politics, markets, sport or media: "struck a deal", "hit back", "hit by sanctions", "attacked the plan".</summary>
    NotMilitary,

    /// <summary>The action only describes weapons shot down: "shot down 50 of the 80 drones Russia launched".</summary>
    DescribesWeapons,

    /// <summary>An event the article has told, taken up again: "the strikes killed …", "the attack on Izmail was the fourth".</summary>
    BackReference,

    /// <summary>The same action as the action word before it: "intercepted and destroyed 12 drones", "attacked …, hitting them".</summary>
    SameAction,

    /// <summary>The wording holds no military action on the ground: prisoners captured, civilians sent back, a share of land held, diplomacy advancing.</summary>
    NotAnAction,

    /// <summary>Compared with other events or mutually accused: "one of the deadliest attacks", "accused each other of hitting".</summary>
    Comparison,
}
