

	CREATE TABLE h (
		id int
	);


	DROP TABLE h;
