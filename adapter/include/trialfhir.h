/*
 * trialfhir.h - umbrella header of libtrialfhir.
 */
#ifndef TRIALFHIR_H
#define TRIALFHIR_H

#include "trialfhir/common.h"
#include "trialfhir/json.h"
#include "trialfhir/trial.h"
#include "trialfhir/registry.h"
#include "trialfhir/mapping.h"
#include "trialfhir/fhir.h"
#include "trialfhir/sink.h"
#include "trialfhir/convert.h"
#include "trialfhir/client.h"
#include "trialfhir/eligibility.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/match.h"
#include "trialfhir/validate.h"

#endif
