package org.referout.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;
import org.referout.practice.Practice;

/** The practice itself as a FHIR Organization (the serviceProvider of its encounters); id = the practice id. */
final class OrganizationMapper {

    private OrganizationMapper() {
    }

    static Organization toFhir(Practice practice) {
        Organization organization = new Organization();
        organization.setId(practice.id().toString());
        Versions.edited(organization, practice.version(), practice.createdAt());
        organization.setActive(true);
        organization.setName(practice.name());
        organization.addType().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                "Healthcare Provider"));
        return organization;
    }
}
