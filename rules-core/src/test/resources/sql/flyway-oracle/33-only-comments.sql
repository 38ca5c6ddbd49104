-- nothing here;
/* at all; */
