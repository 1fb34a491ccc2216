package jp.suishin.organisation.web;

import java.util.List;
import java.util.stream.Collectors;

import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisations with their local government codes, and the collaborations with their
 * members.
 */
@Controller
class OrganisationController {

	private final OrganisationRepository organisations;

	OrganisationController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/organisations")
	String organisations(Model model) {
		List<Organization> all = organisations.findAll();
		model.addAttribute("organisations", all);
		model.addAttribute("names", all.stream().collect(Collectors.toMap(Organization::id, Organization::name)));
		model.addAttribute("collaborations",
				all.stream()
					.filter(Organization::isCollaboration)
					.map(c -> new CollaborationView(c, organisations.membersOf(c.id())))
					.toList());
		return "organisation/organisations";
	}

	record CollaborationView(Organization organization, List<Membership> members) {
	}

}
