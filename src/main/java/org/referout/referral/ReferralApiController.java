package org.referout.referral;

import java.util.List;
import java.util.Map;

import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.referral.ReferralJson.ReferralView;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for referrals (C8): list, create, read with recipients and timeline, consent, send, transitions. */
@RestController
@RequestMapping("/api/v1")
class ReferralApiController {

    record ReferralRequest(Long episodeId, Urgency urgency, String reason, String question, String source,
            List<Long> recipients) {
    }

    record RecipientRequest(String name, String organization, String providerType, String taxonomyCode, Long npi,
            String email, String phone, String address, Boolean referoutInbox) {
    }

    record ConsentRequest(Long recipient, String givenBy, ConsentMethod method, SharesRequest shares) {
    }

    /** {@code contact} came later than the other four: a client written before it shares no contact details. */
    record SharesRequest(boolean summary, boolean scores, boolean notes, boolean redFlags, Boolean contact) {

        DataShared toShared() {
            return new DataShared(summary, scores, notes, redFlags, Boolean.TRUE.equals(contact));
        }
    }

    record SendRequest(List<Long> recipients) {
    }

    record NoteRequest(String note, Boolean endEpisode) {
    }

    private final Referrals referrals;
    private final Inboxes inboxes;

    ReferralApiController(Referrals referrals, Inboxes inboxes) {
        this.referrals = referrals;
        this.inboxes = inboxes;
    }

    @GetMapping("/referrals")
    List<ReferralJson.Item> list(CurrentPractice practice) {
        Referrals.clinician(practice);
        return referrals.list(practice).stream().map(ReferralJson.Item::of).toList();
    }

    @PostMapping("/referrals")
    ResponseEntity<ReferralView> create(@RequestBody ReferralRequest request, CurrentPractice practice) {
        if (request.episodeId() == null) {
            throw new BadRequestException("episodeId", "this is required");
        }
        ReferralId id = referrals.create(practice, new EpisodeId(request.episodeId()), new NewReferral(
                request.urgency(), request.reason(), request.question(), request.source() == null ? "API"
                        : request.source(),
                request.recipients() == null ? List.of() : request.recipients().stream().map(RecipientId::new).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(practice, id));
    }

    @GetMapping("/referrals/{id}")
    ReferralView show(@PathVariable long id, CurrentPractice practice) {
        return view(practice, new ReferralId(id));
    }

    @PostMapping("/referrals/{id}/consent")
    ReferralView consent(@PathVariable long id, @RequestBody ConsentRequest request, CurrentPractice practice) {
        if (request.recipient() == null) {
            throw new BadRequestException("recipient", "this is required");
        }
        referrals.recordConsent(practice, new ReferralId(id), new RecipientId(request.recipient()),
                new ConsentGiven(request.givenBy(), request.method(),
                        request.shares() == null ? null : request.shares().toShared()));
        return view(practice, new ReferralId(id));
    }

    @PostMapping("/referrals/{id}/send")
    ReferralView send(@PathVariable long id, @RequestBody(required = false) SendRequest request,
            CurrentPractice practice) {
        List<RecipientId> only = request == null || request.recipients() == null ? List.of()
                : request.recipients().stream().map(RecipientId::new).toList();
        referrals.send(practice, new ReferralId(id), only);
        return view(practice, new ReferralId(id));
    }

    @PostMapping("/referrals/{id}/cancel")
    ReferralView cancel(@PathVariable long id, @RequestBody(required = false) NoteRequest request,
            CurrentPractice practice) {
        referrals.cancel(practice, new ReferralId(id), request == null ? null : request.note());
        return view(practice, new ReferralId(id));
    }

    @PostMapping("/referrals/{id}/close")
    ReferralView close(@PathVariable long id, @RequestBody(required = false) NoteRequest request,
            CurrentPractice practice) {
        referrals.close(practice, new ReferralId(id), request == null ? null : request.note(),
                request != null && Boolean.TRUE.equals(request.endEpisode()));
        return view(practice, new ReferralId(id));
    }

    @GetMapping("/referrals/overdue")
    List<ReferralJson.OverdueView> overdue(CurrentPractice practice) {
        Referrals.clinician(practice);
        return referrals.overdue(practice).stream().map(ReferralJson.OverdueView::of).toList();
    }

    @GetMapping("/recipients")
    List<ReferralJson.RecipientView> recipients(CurrentPractice practice) {
        Referrals.clinician(practice);
        return referrals.recipients(practice).stream().map(ReferralJson.RecipientView::of).toList();
    }

    @PostMapping("/recipients")
    ResponseEntity<Map<String, Object>> addRecipient(@RequestBody RecipientRequest request, CurrentPractice practice) {
        RecipientId id = referrals.addRecipient(practice, new RecipientDetails(request.name(), request.organization(),
                request.providerType(), request.taxonomyCode(), request.npi(), request.email(), request.phone(),
                request.address(), null));
        inboxes.deliverToInbox(practice, id, Boolean.TRUE.equals(request.referoutInbox()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id.value()));
    }

    private ReferralView view(CurrentPractice practice, ReferralId id) {
        Referral referral = referrals.find(practice, id).orElseThrow(NotFoundException::new);
        return ReferralView.of(referral, referrals.addressees(practice, id), referrals.timeline(practice, id));
    }
}
