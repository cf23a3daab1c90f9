package org.referout.referral;

import java.util.List;

import org.referout.practice.PracticeId;

/**
 * Adapter: providers of the suggested types near the client, best first (partners, then the national directory).
 * Backed by the directory module's search when it is present; otherwise empty, and recipients are entered by hand.
 */
interface ProviderMatches {

    List<Match> near(PracticeId practice, String zip, List<String> types, int limit);

    record Match(String name, String organization, String providerType, String taxonomyCode, Long npi, String phone,
            String address, double distanceKm, boolean partner, String why) {
    }
}
