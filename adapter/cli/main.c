/*
 * main.c - the trialfhir command-line tool: dispatches to one function per
 * command. Library set-up that must happen once, before any thread, is done
 * here (RELIABILITY.md: curl_global_init, xmlInitParser, json_object_seed).
 */
#include <curl/curl.h>
#include <libxml/parser.h>
#include <string.h>
#include "cli.h"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir COMMAND [options] ...\n"
	      "\n"
	      "Commands:\n"
	      "  convert   registry records (CT.gov JSON/XML, mirror pages, web pages) -> FHIR R4\n"
	      "  push      FHIR resources -> a FHIR server (PUT by id: re-runs never duplicate)\n"
	      "  pull      patient records from a FHIR server -> the file store\n"
	      "  match     patients x trials, criterion by criterion, with evidence\n"
	      "  validate  FHIR resources against the R4 definitions (our validator)\n"
	      "  conformance  a FHIR server's fitness for trialfhir, as a TestReport\n"
	      "  criteria  eligibility criteria and how each one is parsed\n"
	      "  fhirpath  evaluate a FHIRPath expression on a FHIR resource (JSON or XML)\n"
	      "\n"
	      "  trialfhir COMMAND --help   options of a command\n"
	      "  trialfhir --version        version\n",
	      fp);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return TF_EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		usage(stdout);
		return TF_EXIT_OK;
	}
	if (strcmp(cmd, "--version") == 0) {
		printf("trialfhir %s\n", tf_version());
		return TF_EXIT_OK;
	}
	json_object_seed(0);
	xmlInitParser();
	curl_global_init(CURL_GLOBAL_DEFAULT);
	int rc;
	if (strcmp(cmd, "convert") == 0) {
		rc = tf_cli_convert(argc - 1, argv + 1);
	} else if (strcmp(cmd, "push") == 0) {
		rc = tf_cli_push(argc - 1, argv + 1);
	} else if (strcmp(cmd, "pull") == 0) {
		rc = tf_cli_pull(argc - 1, argv + 1);
	} else if (strcmp(cmd, "validate") == 0) {
		rc = tf_cli_validate(argc - 1, argv + 1);
	} else if (strcmp(cmd, "conformance") == 0) {
		rc = tf_cli_conformance(argc - 1, argv + 1);
	} else if (strcmp(cmd, "match") == 0) {
		rc = tf_cli_match(argc - 1, argv + 1);
	} else if (strcmp(cmd, "criteria") == 0) {
		rc = tf_cli_criteria(argc - 1, argv + 1);
	} else if (strcmp(cmd, "fhirpath") == 0) {
		rc = tf_cli_fhirpath(argc - 1, argv + 1);
	} else {
		tf_cli_errorf("unknown command '%s'", cmd);
		usage(stderr);
		rc = TF_EXIT_USAGE;
	}
	curl_global_cleanup();
	xmlCleanupParser();
	return rc;
}
