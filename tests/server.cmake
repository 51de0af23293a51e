  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
j  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
:  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
'  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
,  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
x  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
;  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
,  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
x  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
:  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Q  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Q  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
j  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
9  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
0  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
3  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
0  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
'  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
,  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
'  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
w  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
x  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
#  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
,  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
x  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
k  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
b  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
G  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
<  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
G  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
:  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
>  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
.  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
h  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
<  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
G  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
:  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
>  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Y  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
-  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
u  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
c  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
l  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
X  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
Q  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
B  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
v  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
2  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
4  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
0  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
   # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
o  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
r  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
;  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
V  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
;  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
L  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
H  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
G  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
P  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
J  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
m  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
p  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
g  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
s  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
;  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
F  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
=  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
$  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
{  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
M  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
A  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
K  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
N  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
T  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
S  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
O  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
U  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
C  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
E  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
_  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
D  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
I  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
R  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
}  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
/  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
t  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
a  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
"  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
e  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
n  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
d  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
i  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
f  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
(  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
)  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)

  # push and pull through the trialfhir tool itself.
  set(_tf_convert $<TARGET_FILE:trialfhir_cli>)
