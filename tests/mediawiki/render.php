<?php
/**
 * Renders many wikitext pages with MediaWiki's own parser in one PHP process.
 *
 * Reads a JSON array of wikitext strings on standard input and writes a JSON
 * array of the HTML MediaWiki makes of each once saved (the body a reader sees,
 * without edit links), in the same order. Run it as a maintenance script against the
 * wiki made by tests/mediawiki/mediawiki.ts:
 *
 *   MW_INSTALL_PATH=/usr/share/mediawiki MW_CONFIG_FILE=/tmp/…/LocalSettings.php \
 *     php tests/mediawiki/render.php < pages.json > html.json
 */

use MediaWiki\MediaWikiServices;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: '/usr/share/mediawiki';
require_once "$IP/maintenance/Maintenance.php";

class QuarterdeckRender extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Render a JSON array of wikitext pages to a JSON array of HTML' );
	}

	public function execute() {
		$pages = json_decode( stream_get_contents( STDIN ), true );
		if ( !is_array( $pages ) ) {
			$this->fatalError( 'expected a JSON array of strings on standard input' );
		}
		$services = MediaWikiServices::getInstance();
		$title = Title::newFromText( 'Quarterdeck render test' );
		$out = [];
		foreach ( $pages as $wikitext ) {
			// A fresh parser per page: nothing (counters, strip state) carries over.
			$parser = $services->getParserFactory()->create();
			$options = ParserOptions::newFromAnon();
			// As publishing saves it: the pre-save transform first (signatures, pipe tricks,
			// subst:), then the parse a reader's view makes.
			$saved = $parser->preSaveTransform(
				(string)$wikitext, $title, $options->getUserIdentity(), $options
			);
			$parser = $services->getParserFactory()->create();
			$output = $parser->parse( $saved, $title, $options, true, true );
			$out[] = $output->getText( [ 'enableSectionEditLinks' => false ] );
		}
		$json = json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE );
		if ( $json === false ) {
			$this->fatalError( 'could not encode the HTML as JSON: ' . json_last_error_msg() );
		}
		fwrite( STDOUT, $json );
	}
}

$maintClass = QuarterdeckRender::class;
require_once RUN_MAINTENANCE_IF_MAIN;
