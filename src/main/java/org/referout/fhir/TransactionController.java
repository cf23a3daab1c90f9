package org.referout.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /fhir}: a transaction Bundle of Patients and Observations, imported all or nothing. */
@RestController
class TransactionController extends FhirEndpoint {

    private final BundleImport imports;

    TransactionController(FhirContext fhir, BundleImport imports) {
        super(fhir);
        this.imports = imports;
    }

    /** An exported record (a searchset or collection) is accepted too, so export → import needs no rewriting. */
    @PostMapping("/fhir")
    ResponseEntity<String> transaction(CurrentPractice practice, @RequestBody String body) {
        IBaseResource resource = parse(body);
        if (!(resource instanceof Bundle bundle)) {
            throw new BadRequestException("resourceType", "send a Bundle of type transaction");
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.COLLECTION
                && bundle.getType() != Bundle.BundleType.SEARCHSET) {
            throw new BadRequestException("Bundle.type", "must be transaction (or an exported searchset/collection)");
        }
        return respond(HttpStatus.OK, imports.importBundle(practice, bundle));
    }

    /**
     * HAPI's parser reports most bad input as a DataFormatException (a 400), but some odd JSON makes it fail with
     * another RuntimeException (an empty property name: StringIndexOutOfBoundsException). Those are bad input too.
     */
    private IBaseResource parse(String body) {
        try {
            return fhir.newJsonParser().parseResource(body);
        }
        catch (DataFormatException e) {
            throw e;
        }
        catch (RuntimeException e) {
            throw new DataFormatException(e.getClass().getSimpleName() + " reading the JSON", e);
        }
    }
}
