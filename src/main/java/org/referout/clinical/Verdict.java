package org.referout.clinical;

/**
 * What the trajectory rules of R4.1 decided at visit n, before red flags: the status, its recommendation,
 * the reason code and the lower tolerance bound that applied at n.
 */
record Verdict(Status status, Recommendation recommendation, ReasonCode reason, ToleranceBound bound,
               long daysSinceBaseline) {
}
