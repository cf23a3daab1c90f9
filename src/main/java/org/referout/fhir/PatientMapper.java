package org.referout.fhir;

import java.time.LocalDate;
import java.util.Map;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.referout.client.Client;
import org.referout.client.ClientDetails;

/** A client as a FHIR Patient and back. The Patient id is the client's REST API id. */
final class PatientMapper {

    /** Where each field of {@link ClientDetails} lives in a Patient, to name it when an import is refused. */
    static final Map<String, String> FIELD_PATHS = Map.ofEntries(Map.entry("firstName", "name[0].given[0]"),
            Map.entry("lastName", "name[0].family"), Map.entry("dateOfBirth", "birthDate"),
            Map.entry("email", "telecom"), Map.entry("phone", "telecom"), Map.entry("addressLine1", "address[0].line[0]"),
            Map.entry("addressLine2", "address[0].line[1]"), Map.entry("city", "address[0].city"),
            Map.entry("state", "address[0].state"), Map.entry("zip", "address[0].postalCode"),
            Map.entry("preferredLanguage", "communication[0].language.text"));

    private PatientMapper() {
    }

    static Patient toFhir(Client client) {
        ClientDetails details = client.details();
        Patient patient = new Patient();
        patient.setId(client.id().toString());
        patient.addIdentifier().setSystem(Codes.CLIENT_ID).setValue(client.id().toString());
        patient.setActive(true);
        patient.addName().setFamily(details.lastName()).addGiven(details.firstName())
            .setUse(HumanName.NameUse.OFFICIAL);
        if (details.dateOfBirth() != null) {
            patient.setBirthDateElement(new DateType(details.dateOfBirth().toString()));
        }
        if (details.email() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(details.email());
        }
        if (details.phone() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(details.phone());
        }
        if (hasAddress(details)) {
            Address address = patient.addAddress().setUse(Address.AddressUse.HOME).setCity(details.city())
                .setState(details.state()).setPostalCode(details.zip());
            if (details.addressLine1() != null) {
                address.addLine(details.addressLine1());
            }
            if (details.addressLine2() != null) {
                address.addLine(details.addressLine2());
            }
        }
        if (details.preferredLanguage() != null) {
            patient.addCommunication().setPreferred(true).getLanguage().setText(details.preferredLanguage());
        }
        return patient;
    }

    /** Treatment consent is not part of a Patient: an imported client gives it again in the practice. */
    static ClientDetails fromFhir(Patient patient) {
        HumanName name = patient.getNameFirstRep();
        Address address = patient.hasAddress() ? patient.getAddressFirstRep() : new Address();
        LocalDate birth = patient.hasBirthDate() ? birthDate(patient.getBirthDateElement()) : null;
        String language = patient.hasCommunication() ? patient.getCommunicationFirstRep().getLanguage().getText() : null;
        return new ClientDetails(name.hasGiven() ? name.getGiven().get(0).getValue() : null, name.getFamily(), birth,
                telecom(patient, ContactPointSystem.EMAIL), telecom(patient, ContactPointSystem.PHONE),
                line(address, 0), line(address, 1), address.getCity(), address.getState(), address.getPostalCode(),
                language, false);
    }

    /** Read from the text, not the Date, so that the server's time zone cannot move a birthday by one day. */
    static LocalDate birthDate(DateType date) {
        return date.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY
                ? LocalDate.parse(date.getValueAsString()) : null;
    }

    private static String telecom(Patient patient, ContactPointSystem system) {
        // a contact point without a value ({"system":"email"}) names nothing: skip it (a null would end the stream)
        return patient.getTelecom().stream().filter(point -> point.getSystem() == system && point.hasValue())
            .map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static String line(Address address, int index) {
        return address.getLine().size() > index ? address.getLine().get(index).getValue() : null;
    }

    private static boolean hasAddress(ClientDetails details) {
        return details.addressLine1() != null || details.addressLine2() != null || details.city() != null
                || details.state() != null || details.zip() != null;
    }
}
