/** Helpers shared by the JDBC adapters of the feature modules. */
package jp.suishin.storage;
