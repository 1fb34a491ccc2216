package jp.suishin.organisation;

/**
 * 担当課: a department of an organisation, in charge of some of its KPIs.
 *
 * @param email where reminders go when none of the department's editors has an address
 */
public record Department(long id, long organisationId, String name, String email) {

}
