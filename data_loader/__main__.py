from data_loader.cli import main

raise SystemExit(main())
