/**
 * Who may do what with an organisation's data: the rules of the roles, the hierarchy of
 * organisations (a reviewer sees what lies below) and the agreements of collaborations.
 * Every page and API call asks {@link jp.suishin.access.AccessPolicy}; hiding a button is
 * never the only protection.
 */
package jp.suishin.access;
