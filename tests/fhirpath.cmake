# FHIRPath conformance: the official HL7 FHIRPath suites (R4 and R5, in
# conformance/fhirpath/, see SOURCES.md there) run by
# conformance/fhirpath/runner.c against the built-in engine:
#   conformance/fhirpath-r4, conformance/fhirpath-r5
# Each fails when any test not listed in conformance/fhirpath/skip.txt fails;
# the runner prints pass/fail per group and per failing test, the totals and
# the number of skips. Both also run under valgrind where the unit tests do.
set(TF_FHIRPATH_SUITES ${PROJECT_SOURCE_DIR}/conformance/fhirpath)
add_executable(fhirpath_runner ${TF_FHIRPATH_SUITES}/runner.c)
target_link_libraries(fhirpath_runner PRIVATE trialfhir_internal)
foreach(v r4 r5)
  set(_suite ${TF_FHIRPATH_SUITES}/${v}/tests-fhir-${v}.xml)
  add_test(NAME conformance/fhirpath-${v}
           COMMAND fhirpath_runner --suite ${v} ${_suite} ${TF_FHIRPATH_SUITES}/skip.txt)
  set_tests_properties(conformance/fhirpath-${v} PROPERTIES LABELS conformance TIMEOUT 300
    ENVIRONMENT "TRIALFHIR_DEFINITIONS=${PROJECT_SOURCE_DIR}/conformance/definitions")
  # The same through prepared documents (tf_fhirpath_doc), whose index
  # must not change any result.
  add_test(NAME conformance/fhirpath-${v}-indexed
           COMMAND fhirpath_runner --suite ${v} ${_suite} ${TF_FHIRPATH_SUITES}/skip.txt)
  set_tests_properties(conformance/fhirpath-${v}-indexed PROPERTIES LABELS conformance
    TIMEOUT 300 ENVIRONMENT
    "TRIALFHIR_DEFINITIONS=${PROJECT_SOURCE_DIR}/conformance/definitions;TRIALFHIR_FHIRPATH_INDEX=1")
  if(TF_VALGRIND)
    add_test(NAME valgrind/fhirpath-${v}
             COMMAND ${TF_VALGRIND_COMMAND} $<TARGET_FILE:fhirpath_runner> --suite ${v} ${_suite}
                     ${TF_FHIRPATH_SUITES}/skip.txt)
    set_tests_properties(valgrind/fhirpath-${v} PROPERTIES LABELS valgrind TIMEOUT 900
      ENVIRONMENT "TRIALFHIR_DEFINITIONS=${PROJECT_SOURCE_DIR}/conformance/definitions")
  endif()
endforeach()

# The command line: `trialfhir fhirpath`. Added once adapter/cli/main.c
# dispatches the command (the check keeps the tree green until it does).
file(READ ${PROJECT_SOURCE_DIR}/adapter/cli/main.c _tf_cli_main)
string(FIND "${_tf_cli_main}" "tf_cli_fhirpath" _tf_has_fhirpath_cli)
find_program(TF_SH_EXECUTABLE sh)
if(TARGET trialfhir_cli AND NOT _tf_has_fhirpath_cli EQUAL -1 AND TF_SH_EXECUTABLE)
  set(_pat ${TF_FHIRPATH_SUITES}/r4/patient-example.xml)
  # NAME @@ shell command ($0 is the CLI; stdout and stderr are matched
  # together) @@ regular expression, which includes the exit status
  set(_cases
    "text@@\"$0\" fhirpath \"4.0 'g' | true | 'foo' | @2024-03\"@@^Quantity 4.0 'g'\nboolean true\nstring foo\ndate 2024-03\nexit=0\n$"
    "json@@\"$0\" fhirpath --format json \"4.0 'g' | true | @2024-03\"@@^\\[{\"type\":\"Quantity\",\"value\":{\"value\":4.0,\"unit\":\"g\"}},{\"type\":\"boolean\",\"value\":true},{\"type\":\"date\",\"value\":\"2024-03\"}\\]\nexit=0\n$"
    "xml-file@@\"$0\" fhirpath \"name.given.first() | gender\" \"${_pat}\"@@^string Peter\ncode male\nexit=0\n$"
    "stdin@@\"$0\" fhirpath birthDate - < \"${_pat}\"@@^date 1974-12-25\nexit=0\n$"
    "var-as-of@@\"$0\" fhirpath --var d=@2024-01-01 --var s=x --as-of 2024-06-01 \"today() > %d and %s = 'x'\"@@^boolean true\nexit=0\n$"
    "unknown-function@@\"$0\" fhirpath \"1 + foo()\"@@^trialfhir: fhirpath: 1:5: unknown function 'foo'\nexit=2\n$"
    "syntax-error@@\"$0\" fhirpath \"name.where(\"@@^trialfhir: fhirpath: 1:12: .*exit=2\n$"
    "bad-input@@echo '{' | \"$0\" fhirpath id -@@^trialfhir: fhirpath: .*exit=3\n$")
  foreach(c ${_cases})
    string(REPLACE "@@" ";" parts "${c}")
    list(GET parts 0 name)
    list(GET parts 1 cmd)
    list(GET parts 2 regex)
    add_test(NAME cli/fhirpath-${name}
             COMMAND ${TF_SH_EXECUTABLE} -c "${cmd} 2>&1; echo \"exit=$?\""
                     $<TARGET_FILE:trialfhir_cli>)
    set_tests_properties(cli/fhirpath-${name} PROPERTIES LABELS cli
      ENVIRONMENT "TRIALFHIR_DEFINITIONS=${PROJECT_SOURCE_DIR}/conformance/definitions"
      PASS_REGULAR_EXPRESSION "${regex}")
  endforeach()
endif()
