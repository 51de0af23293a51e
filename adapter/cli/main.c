#include <stdio.h>
#include "trialfhir.h"
int main(void) { puts(tf_version()); return 0; }
