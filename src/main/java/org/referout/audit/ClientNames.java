package org.referout.audit;

import java.util.Collection;
import java.util.Map;

import org.referout.practice.PracticeId;

/**
 * Names the clients that audit entries refer to, so the owner filters by a name rather than a number. The client
 * module implements it: it depends on the audit log, so the audit log cannot ask it directly. A missing name (an
 * erased client, or no implementation in a module test) is shown as the client's number.
 */
public interface ClientNames {

    Map<Long, String> names(PracticeId practice, Collection<Long> clientIds);
}
